import { describe, expect, it } from 'vitest';
import type { WirePlot } from './protocol';
import { SharedStrings } from './shared-strings';

function plot(index: number): WirePlot {
  return {
    index,
    id: `P-${index}`,
    name: `企业${index}`,
    township: '史桥镇',
    village: '史桥村',
    industry: '化工',
    stage: 'signed',
    dates: { signed_on: '2026-03-01' },
    deadline: '2026-12-31',
    officer: '王某',
    declaredAreaMu: 1.5,
    landOwnership: '集体',
    tenure: '租赁',
    categories: ['低散乱', '两高一低'],
    disposal: '腾退收回',
    reuse: '复垦',
    taxPerMu: null,
    outputValue: null,
    energyTce: null,
    note: 'x'.repeat(80),
    areaM2: 1000,
    areaMu: 1.5,
    geometry: null,
    properties: { 地块编号: `P-${index}`, 镇街道: '史桥镇', 类别: ['低散乱'], 嵌套: { 镇街道: '史桥镇' } },
  } as WirePlot;
}

describe('SharedStrings', () => {
  it('leaves every value of every plot as it was, fields, dates and properties alike', () => {
    const plots = [plot(0), plot(1), plot(2)];
    const expected = structuredClone(plots);
    new SharedStrings().share(plots);
    expect(plots).toEqual(expected);
  });
});
