import { describe, expect, it } from 'vitest';
import { StageClock } from './stage-clock';

describe('StageClock', () => {
  it('names the step that took the most time since it was last asked, not the one running', () => {
    const clock = new StageClock('read', 0);
    clock.enter('parse', 10);
    clock.enter('validate', 70);
    clock.enter('read', 90);
    expect(clock.busiest(100)).toBe('parse');
    clock.enter('validate', 110);
    expect(clock.busiest(200)).toBe('validate');
  });

  it('counts afresh after each answer', () => {
    const clock = new StageClock('parse', 0);
    expect(clock.busiest(500)).toBe('parse');
    clock.enter('read', 500);
    expect(clock.busiest(510)).toBe('read');
  });
});
