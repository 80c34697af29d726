import { deepFreeze, makePlot } from '../summary-fixtures';
import type { Plot } from '../types';
import type { BatchMeta } from './make-batch';

/** Three frozen plots: so that no edit function changes the plots it is given unnoticed. */
export function filePlots(): readonly Plot[] {
  return deepFreeze([
    makePlot({ id: 'A1', index: 0, township: '史桥镇', stage: 'negotiating', dates: { visitedOn: '2026-03-01' }, officer: '王伟' }),
    makePlot({ id: 'A2', index: 1, township: '史桥镇', stage: 'demolished', dates: { signedOn: '2026-04-01', demolishedOn: '2026-06-01' } }),
    makePlot({ id: 'B1', index: 2, township: '河口镇', stage: 'listed', categories: ['低散乱'] }),
  ]);
}

/** Batch details with ids that follow each other, made at `at`. */
export function meta(id: string, at = '2026-11-20T09:00:00+08:00', sequence = Date.parse(at)): BatchMeta {
  let next = 0;
  return { id, author: '李娜', at, sequence, newId: () => `${id}-${next++}` };
}
