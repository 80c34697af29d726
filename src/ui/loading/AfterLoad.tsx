import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Campaign } from '../../domain/types';
import { useAppStore } from '../../state/store';
import { useKeptSize } from './use-kept-size';

/**
 * Shows its children a task after a newly loaded campaign reaches the page, in a render React
 * may pause between components: the map, legend and title come first, and the panels that sum
 * every plot (ranking, weekly figures, ledger, filter counts) follow without holding the page
 * for one long task. A new campaign is told by its campaign object, which an edit or a change
 * of date keeps.
 *
 * Meanwhile an empty box keeps the space the children took: were the panels to vanish for that
 * task, the map would grow and shrink back, and drawing its canvas anew at each size costs the
 * page more than the panels themselves.
 */
export function AfterLoad({ children }: { children: ReactNode }) {
  const campaign = useAppStore((state) => state.data?.campaign ?? null);
  const [shownFor, setShownFor] = useState<Campaign | null>(campaign);
  const showing = shownFor === campaign;
  const wrapper = useRef<HTMLDivElement>(null);
  const size = useKeptSize(wrapper, showing);
  useEffect(() => {
    if (showing) return;
    const channel = new MessageChannel();
    // A transition: React renders it in slices, giving the page back between components.
    channel.port1.onmessage = () => startTransition(() => setShownFor(campaign));
    channel.port2.postMessage(null);
    return () => channel.port1.close();
  }, [campaign, showing]);
  return (
    <div ref={wrapper} className="after-load">
      {showing ? children : size && <div className="after-load-space" aria-hidden="true" style={{ width: size.width, height: size.height }} />}
    </div>
  );
}
