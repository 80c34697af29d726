import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../domain/filter';
import { filterFromSearchParams } from '../domain/filter-search-params';
import { viewFromSearchParams } from '../state/view';
import { appLink } from './app-link';

describe('appLink', () => {
  it('carries view and filter in the query and keeps the map position in the hash', () => {
    const filter = { ...EMPTY_FILTER, industries: ['纺织'], stages: ['signed' as const], minAreaMu: 5 };
    const link = new URL(appLink('http://localhost:5173/app/?view=ranking#map=15/30.6/120.3', { kind: 'township', township: '史桥镇' }, filter));
    expect(link.pathname).toBe('/app/');
    expect(link.hash).toBe('#map=15/30.6/120.3');
    expect(viewFromSearchParams(link.searchParams)).toEqual({ kind: 'township', township: '史桥镇' });
    expect(filterFromSearchParams(link.searchParams)).toEqual(filter);
  });

  it('drops what the view and filter no longer have', () => {
    const link = new URL(appLink('http://localhost:5173/?view=township&township=A&industry=x&q=y', { kind: 'overview' }, EMPTY_FILTER));
    expect(link.search).toBe('');
  });
});
