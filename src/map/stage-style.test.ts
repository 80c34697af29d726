import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../domain/stages';
import { stageFillColor } from './stage-style';

describe('stageFillColor', () => {
  it('matches every stage key, on the as-of date when the plot has one in feature-state, to its colour and falls back to white', () => {
    expect(stageFillColor(DEFAULT_STAGES)).toEqual([
      'match',
      ['to-string', ['coalesce', ['feature-state', 'stageOnDate'], ['get', 'stage']]],
      'listed', '#9a9a9a',
      'negotiating', '#f0e442',
      'signed', '#e69f00',
      'demolished', '#d55e00',
      'reclaimed', '#009e73',
      'accepted', '#0072b2',
      'upgraded', '#cc79a7',
      '#ffffff',
    ]);
  });

  it('follows a campaign that recolours a stage', () => {
    const stages = DEFAULT_STAGES.map((stage) => (stage.key === 'signed' ? { ...stage, color: '#123456' } : stage));
    const expression: unknown[] = stageFillColor(stages);
    expect(expression[expression.indexOf('signed') + 1]).toBe('#123456');
  });
});
