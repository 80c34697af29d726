import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../stages';
import { editFieldLabel, editValueText } from './edit-field-labels';

describe('edit values in words', () => {
  it('names the stage, two decimals for mu, lists joined, empty as a dash', () => {
    expect(editValueText('stage', 'signed', DEFAULT_STAGES, 'zh')).toBe('已签约');
    expect(editValueText('stage', 'signed', DEFAULT_STAGES, 'en')).toBe('Signed');
    expect(editValueText('declaredAreaMu', 12.5, DEFAULT_STAGES, 'zh')).toBe('12.50');
    expect(editValueText('categories', ['低散乱', '厂中厂'], DEFAULT_STAGES, 'zh')).toBe('低散乱、厂中厂');
    expect(editValueText('signedOn', null, DEFAULT_STAGES, 'zh')).toBe('—');
    expect(editFieldLabel('signedOn', 'zh')).toBe('签约时间');
  });
});
