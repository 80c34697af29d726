import { describe, expect, it } from 'vitest';
import { OVERVIEW, sameView, viewFromSearchParams, viewToSearchParams, type AppView } from './view';

describe('view in the URL', () => {
  it.each<AppView>([OVERVIEW, { kind: 'township', township: '史桥镇' }, { kind: 'ranking' }, { kind: 'ranking', page: 3 }])('round-trips %j', (view) => {
    const params = viewToSearchParams(view, new URLSearchParams('campaign=a.json'));
    expect(params.get('campaign')).toBe('a.json');
    expect(viewFromSearchParams(new URLSearchParams(params.toString()))).toEqual(view);
  });

  it('falls back to the overview for a township view without a township', () => {
    expect(viewFromSearchParams(new URLSearchParams('view=township'))).toEqual(OVERVIEW);
  });

  it('tells views apart', () => {
    expect(sameView({ kind: 'township', township: '甲' }, { kind: 'township', township: '乙' })).toBe(false);
    expect(sameView(OVERVIEW, { kind: 'overview' })).toBe(true);
    expect(sameView({ kind: 'ranking' }, { kind: 'ranking', page: 1 })).toBe(true);
    expect(sameView({ kind: 'ranking' }, { kind: 'ranking', page: 2 })).toBe(false);
  });
});
