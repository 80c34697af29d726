import { startTransition, useEffect, useState, type ReactNode } from 'react';
import type { Campaign } from '../../domain/types';
import { useAppStore } from '../../state/store';

/**
 * Shows its children a task after a newly loaded campaign reaches the page, in a render React
 * may pause between components: the map, legend and title come first, and the panels that sum
 * every plot (ranking, weekly figures, ledger, filter counts) follow without holding the page
 * for one long task. A new campaign is told by its campaign object, which an edit or a change
 * of date keeps.
 */
export function AfterLoad({ children }: { children: ReactNode }) {
  const campaign = useAppStore((state) => state.data?.campaign ?? null);
  const [shownFor, setShownFor] = useState<Campaign | null>(campaign);
  useEffect(() => {
    if (shownFor === campaign) return;
    const channel = new MessageChannel();
    // A transition: React renders it in slices, giving the page back between components.
    channel.port1.onmessage = () => startTransition(() => setShownFor(campaign));
    channel.port2.postMessage(null);
    return () => channel.port1.close();
  }, [campaign, shownFor]);
  return shownFor === campaign ? children : null;
}
