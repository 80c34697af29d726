import { describe, expect, it } from 'vitest';
import { asOfAfterEdit } from './as-of-after-edit';

describe('asOfAfterEdit', () => {
  it('moves the views to a stage date after the one shown, and only then', () => {
    expect(asOfAfterEdit('2026-11-15', '2026-11-20')).toBe('2026-11-20');
    expect(asOfAfterEdit('2026-11-15', '2026-11-15')).toBeNull();
    expect(asOfAfterEdit('2026-11-15', '2026-10-01')).toBeNull();
    expect(asOfAfterEdit('2026-11-15', undefined)).toBeNull();
  });
});
