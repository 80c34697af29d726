import { describe, expect, it } from 'vitest';
import { campaignKey } from './campaign-key';
import { defaultEditDate, isoDay } from './default-edit-date';
import { datesBeyond, stageDateKey } from './stage-date-key';
import { localTimestamp } from './timestamp';

describe('stage dates of an edit', () => {
  it('defaults to the as-of date when one is set, otherwise today', () => {
    expect(defaultEditDate(null, '2026-11-30')).toBe('2026-11-30');
    expect(defaultEditDate('2026-06-30', '2026-11-30')).toBe('2026-06-30');
    expect(isoDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('names the date field of each stage and the later dates a move back clears', () => {
    expect(stageDateKey('signed')).toBe('signedOn');
    expect(stageDateKey('listed')).toBeNull();
    expect(datesBeyond('negotiating')).toEqual(['signedOn', 'demolishedOn', 'reclaimedOn', 'acceptedOn']);
    expect(datesBeyond('reclaimed')).toEqual(['acceptedOn']);
    expect(datesBeyond('upgraded')).toEqual([]);
  });
});

describe('campaignKey', () => {
  it('keeps the campaign name and the file name, not the folders or the query', () => {
    expect(campaignKey('退散进集攻坚行动', 'http://host/data/demo/campaign.json?x=1')).toBe('退散进集攻坚行动 · campaign.json');
    expect(campaignKey('parcels', 'parcels.geojson')).toBe('parcels · parcels.geojson');
  });
});

describe('localTimestamp', () => {
  it('writes the local date and time with the offset', () => {
    const stamp = localTimestamp(new Date(2026, 10, 20, 9, 5, 7));
    expect(stamp.slice(0, 19)).toBe('2026-11-20T09:05:07');
    expect(Date.parse(stamp)).toBe(new Date(2026, 10, 20, 9, 5, 7).getTime());
  });
});
