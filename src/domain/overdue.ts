import { hasReached } from './stages';
import type { Plot } from './types';

/**
 * A plot is overdue (逾期) when its deadline is strictly before the reporting date and it has
 * neither reached `accepted` nor been upgraded in place. A deadline on the reporting date itself
 * is not yet overdue; a plot without a deadline never is. Dates are ISO yyyy-mm-dd, so comparing
 * the strings compares the days.
 */
export function isOverdue(plot: Plot, reportingDate: string): boolean {
  if (plot.deadline === null || plot.deadline === '') return false;
  if (plot.stage === 'upgraded' || hasReached(plot.stage, 'accepted')) return false;
  return plot.deadline < reportingDate;
}
