/** What one tab tells the others: the edits of a campaign changed in the database. */
export interface EditsChanged {
  kind: 'edits-changed';
  campaign: string;
}

const CHANNEL = 'battle-map-edits';

/**
 * Keeps tabs of the app in step: each tells the others when it has saved edits, and they read
 * the database again. Null where the browser has no BroadcastChannel.
 */
export function openEditChannel(onChanged: (campaign: string) => void): { announce(campaign: string): void; close(): void } | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<EditsChanged>) => {
    if (event.data?.kind === 'edits-changed') onChanged(event.data.campaign);
  };
  return {
    announce: (campaign) => channel.postMessage({ kind: 'edits-changed', campaign } satisfies EditsChanged),
    close: () => channel.close(),
  };
}
