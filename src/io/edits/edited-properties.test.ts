import { describe, expect, it } from 'vitest';
import { loadPlots } from '../../domain/load-plots';
import { replayEdits } from '../../domain/edits/replay-edits';
import { makeBatch } from '../../domain/edits/make-batch';
import { meta } from '../../domain/edits/edit-fixtures';
import { squareAround } from '../../domain/summary-fixtures';
import { editedProperties } from './edited-properties';

describe('editedProperties', () => {
  const file = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: squareAround(120.75, 30.75),
        properties: { 地块编号: 'A1', 企业名称: '甲厂', 状态: '洽谈中', 类别: '低散乱', 来源: '普查' },
      },
    ],
  };
  const filePlots = loadPlots(file).plots;

  it('writes the edited fields under the file’s own column names and keeps the rest as read', () => {
    const batch = makeBatch(filePlots, { stage: { key: 'signed', date: '2026-11-20' }, categories: ['低散乱', '厂中厂'] }, meta('b1'));
    if (!batch) throw new Error('no batch');
    const [edited] = replayEdits(filePlots, [batch], new Map()).plots;
    const properties = editedProperties(edited, filePlots[0]);
    expect(properties).toEqual({ 地块编号: 'A1', 企业名称: '甲厂', 状态: '已签约', 类别: '低散乱、厂中厂', 来源: '普查', signed_on: '2026-11-20' });
    // Read again, the written properties give the edited plot.
    const reread = loadPlots({ ...file, features: [{ ...file.features[0], properties }] }).plots[0];
    expect([reread.stage, reread.dates.signedOn, reread.categories]).toEqual(['signed', '2026-11-20', ['低散乱', '厂中厂']]);
  });

  it('leaves a plot that was not edited exactly as read', () => {
    expect(editedProperties(filePlots[0], filePlots[0])).toEqual(file.features[0].properties);
  });
});
