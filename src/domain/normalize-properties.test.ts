import { describe, expect, it } from 'vitest';
import { PROPERTY_ALIASES, type CanonicalKey } from './aliases';
import { canonicalProperties } from './normalize-properties';

describe('canonicalProperties', () => {
  it.each(Object.entries(PROPERTY_ALIASES).flatMap(([key, aliases]) => aliases.map((alias) => [alias, key])))(
    'reads column %s as %s',
    (alias, key) => {
      expect(canonicalProperties({ [alias]: 'value' })[key as CanonicalKey]).toBe('value');
    },
  );

  it('matches names whatever their case, spacing, underscores or bracket width', () => {
    expect(canonicalProperties({ declaredAreaMu: 1 }).declared_area_mu).toBe(1);
    expect(canonicalProperties({ 'Declared Area Mu': 2 }).declared_area_mu).toBe(2);
    expect(canonicalProperties({ '台账面积 (亩)': 3 }).declared_area_mu).toBe(3);
    expect(canonicalProperties({ ID: 'A-1' }).id).toBe('A-1');
  });

  it('prefers the canonical key, unless it is blank, then the first alias with a value', () => {
    expect(canonicalProperties({ 企业名称: '甲', name: '乙' }).name).toBe('乙');
    expect(canonicalProperties({ name: '', 企业名称: '甲' }).name).toBe('甲');
    expect(canonicalProperties({ 名称: ' ', 企业名称: '甲', 地块名称: '丙' }).name).toBe('甲');
  });

  it('leaves unknown columns out', () => {
    const canonical = canonicalProperties({ 联系电话: '0573', id: 'A' });
    expect(Object.values(canonical).filter((value) => value !== undefined)).toEqual(['A']);
  });
});
