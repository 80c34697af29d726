import { describe, expect, it } from 'vitest';
import { filePlots } from '../../domain/edits/edit-fixtures';
import { categoriesOf, changeOf, formOf } from './edit-form';

describe('the edit card form', () => {
  const [plot] = filePlots();

  it('starts from the plot, with the stage’s own date or the default date', () => {
    expect(formOf(plot, '2026-11-30')).toMatchObject({ stage: 'negotiating', stageDate: '2026-03-01', officer: '王伟', deadline: '', declaredArea: '' });
    expect(formOf(filePlots()[2], '2026-11-30').stageDate).toBe('2026-11-30');
  });

  it('asks for the stage when the stage or its date changed, with the date typed', () => {
    const form = { ...formOf(plot, '2026-11-30'), stage: 'signed' as const, stageDate: '2026/11/20' };
    const result = changeOf(plot, form);
    expect('change' in result && result.change.stage).toEqual({ key: 'signed', date: '2026-11-20' });
    const unchanged = changeOf(plot, formOf(plot, '2026-11-30'));
    expect('change' in unchanged && unchanged.change.stage).toBeUndefined();
  });

  it('refuses a bad date or area', () => {
    expect(changeOf(plot, { ...formOf(plot, '2026-11-30'), stage: 'signed', stageDate: '下周' })).toEqual({ error: 'badDate' });
    expect(changeOf(plot, { ...formOf(plot, '2026-11-30'), declaredArea: '-3' })).toEqual({ error: 'badArea' });
  });

  it('reads categories separated by 、 commas or spaces', () => {
    expect(categoriesOf('低散乱、厂中厂, 四无企业  低散乱')).toEqual(['低散乱', '厂中厂', '四无企业']);
  });
});
