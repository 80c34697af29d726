import { useState } from 'react';
import { useAppStore } from '../../state/store';
import { useText } from '../i18n';
import { TrendChart } from '../time/TrendChart';

/**
 * The township's trend on its meeting slide, under the targets, as a strip that takes the room
 * the targets leave (a taller chart on a 1080-line screen, a lower one on a laptop). Where a projector leaves no room for it (under 1280 px wide) it folds to a
 * button that shows it in the targets' place, and back.
 */
export function MeetingTrend({ township }: { township: string }) {
  const text = useText();
  const meeting = useAppStore((state) => state.meeting);
  const [open, setOpen] = useState(false);
  if (!meeting) return null;
  return (
    <div className="meeting-trend" data-open={open}>
      <button type="button" className="trend-toggle" aria-expanded={open} data-testid="trend-toggle" onClick={() => setOpen(!open)}>
        {open ? `${text('townshipTargets')} ▸` : `${text('trend')} ▸`}
      </button>
      <TrendChart township={township} shape="slide" className="trend-meeting trend-meeting-tall" />
      <TrendChart township={township} shape="strip" className="trend-meeting trend-meeting-low" />
    </div>
  );
}
