import { describe, expect, it } from 'vitest';
import { meetingKeyAction, meetingPages, stepMeetingPage } from './meeting-pages';
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
});
