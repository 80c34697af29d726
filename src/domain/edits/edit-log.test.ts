import { describe, expect, it } from 'vitest';
import { filePlots, meta } from './edit-fixtures';
import { editLogRows, EMPTY_LOG_FILTER, filterEditLog } from './edit-log';
import { makeBatch } from './make-batch';

describe('the change log', () => {
  const first = makeBatch([filePlots()[0]], { officer: '张强' }, meta('b1', '2026-11-20T09:00:00+08:00'));
  const second = makeBatch([filePlots()[2]], { note: '已约谈' }, meta('b2', '2026-11-21T09:00:00+08:00'));
  if (!first || !second) throw new Error('no batch');
  const rows = editLogRows([first, second], filePlots());

  it('lists every edit, newest batch first, with its plot and township', () => {
    expect(rows.map((row) => [row.batchId, row.plotId, row.township, row.field, row.before, row.after, row.author])).toEqual([
      ['b2', 'B1', '河口镇', 'note', '', '已约谈', '李娜'],
      ['b1', 'A1', '史桥镇', 'officer', '王伟', '张强', '李娜'],
    ]);
  });

  it('filters by plot, township and day', () => {
    expect(filterEditLog(rows, { ...EMPTY_LOG_FILTER, plot: 'a1' }).map((row) => row.plotId)).toEqual(['A1']);
    expect(filterEditLog(rows, { ...EMPTY_LOG_FILTER, township: '河口镇' }).map((row) => row.plotId)).toEqual(['B1']);
    expect(filterEditLog(rows, { ...EMPTY_LOG_FILTER, day: '2026-11-20' }).map((row) => row.plotId)).toEqual(['A1']);
    expect(filterEditLog(rows, EMPTY_LOG_FILTER)).toHaveLength(2);
  });
});
