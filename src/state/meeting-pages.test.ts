import { describe, expect, it } from 'vitest';
import { meetingKeyAction, meetingPages, rankingSlideCount, rankingSlideRows, stepMeetingPage } from './meeting-pages';
import { OVERVIEW } from './view';

const pages = meetingPages(['史桥镇', '梅溪镇']);

describe('meeting pages', () => {
  it('lists every township, the week’s report, then the ranking', () => {
    expect(pages).toEqual([
      { kind: 'township', township: '史桥镇' },
      { kind: 'township', township: '梅溪镇' },
      { kind: 'weekly' },
      { kind: 'ranking' },
    ]);
  });

  it('steps forward and back and stops at the ends', () => {
    expect(stepMeetingPage(pages, OVERVIEW, 1)).toEqual(pages[0]);
    expect(stepMeetingPage(pages, pages[0], 1)).toEqual(pages[1]);
    expect(stepMeetingPage(pages, pages[1], 1)).toEqual(pages[2]);
    expect(stepMeetingPage(pages, pages[2], 1)).toEqual(pages[3]);
    expect(stepMeetingPage(pages, pages[3], 1)).toEqual(pages[3]);
    expect(stepMeetingPage(pages, pages[3], -1)).toEqual(pages[2]);
    expect(stepMeetingPage(pages, pages[0], -1)).toEqual(pages[0]);
    expect(stepMeetingPage(pages, OVERVIEW, -1)).toEqual(OVERVIEW);
  });

  it('reads presentation clicker keys', () => {
    expect(['ArrowRight', 'PageDown', ' '].map(meetingKeyAction)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(meetingKeyAction)).toEqual(['previous', 'previous']);
    expect(meetingKeyAction('Escape')).toBe('leave');
    expect(meetingKeyAction('a')).toBeNull();
  });

  it('pages a ranking of 45 townships onto as many slides as it takes, in rank order', () => {
    const townships = Array.from({ length: 45 }, (_, index) => `镇${index + 1}`);
    const slides = rankingSlideCount(45, 14);
    expect(slides).toBe(4);
    const all = meetingPages(townships, slides);
    expect(all.slice(45)).toEqual([{ kind: 'weekly' }, { kind: 'ranking' }, { kind: 'ranking', page: 2 }, { kind: 'ranking', page: 3 }, { kind: 'ranking', page: 4 }]);
    const rows = [1, 2, 3, 4].map((page) => rankingSlideRows(45, 14, page));
    expect(rows.map(({ first, last }) => [first, last])).toEqual([[0, 14], [14, 28], [28, 42], [42, 45]]);
    expect(rankingSlideRows(45, 14, 9)).toEqual({ first: 42, last: 45, page: 4 });
    expect(stepMeetingPage(all, all[46], 1)).toEqual({ kind: 'ranking', page: 2 });
  });
});
