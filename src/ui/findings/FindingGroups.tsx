import { formatCount } from '../../domain/format';
import { findingKind } from '../../domain/finding-kinds';
import type { FindingFilter, FindingGroup } from '../../domain/group-findings';
import { pick, useLanguage, useText } from '../i18n';

/** One line per kind of finding with its count, rejections first; a click lists only that kind. */
export function FindingGroups({ groups, filter, onChoose }: { groups: readonly FindingGroup[]; filter: FindingFilter; onChoose: (filter: FindingFilter) => void }) {
  const text = useText();
  const language = useLanguage();
  return (
    <ul className="finding-groups" data-testid="finding-groups">
      {groups.map((group) => {
        const active = filter.code === group.code && filter.severity === group.severity;
        return (
          <li key={`${group.severity} ${group.code}`} className={`finding-group finding-${group.severity}`}>
            <button
              type="button"
              aria-pressed={active}
              onClick={() => onChoose(active ? { severity: null, code: null } : { severity: group.severity, code: group.code })}
            >
              <strong>{group.severity === 'error' ? text('dropped') : text('kept')}</strong>
              <span className="finding-group-count">{formatCount(group.count)}</span>
              {language === 'zh' ? ' 条 ' : ' × '}
              {pick(findingKind(group.code), language)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
