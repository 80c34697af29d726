import type { Browser, CDPSession } from 'playwright-core';

/** The JS heap of one page or worker after a full collection, as Chromium reports it. */
export interface TargetHeap {
  type: 'page' | 'worker';
  url: string;
  usedBytes: number;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Speaks to one page or worker through the browser's session: each message is wrapped for its
 * target and answered in a `receivedMessageFromTarget` event.
 */
class TargetChannel {
  private next = 1;
  private readonly waiting = new Map<number, (result: unknown) => void>();

  constructor(
    private readonly session: CDPSession,
    private readonly sessionId: string,
  ) {
    session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) this.waiting.get(message.id)?.(message.result);
    });
  }

  call(method: string): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      void this.session.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method }) });
    });
  }
}

/**
 * The heaps of every page and worker in the browser whose address starts with `origin`, each
 * after a full garbage collection: the app's page, its loading worker and the map's workers.
 */
export async function heapsAfterCollection(browser: Browser, origin: string): Promise<TargetHeap[]> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const heaps: TargetHeap[] = [];
    for (const target of targetInfos) {
      if ((target.type !== 'page' && target.type !== 'worker') || !target.url.startsWith(origin)) continue;
      const { sessionId } = (await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
      const channel = new TargetChannel(session, sessionId);
      await channel.call('HeapProfiler.collectGarbage');
      const usage = (await channel.call('Runtime.getHeapUsage')) as { usedSize: number };
      heaps.push({ type: target.type, url: target.url, usedBytes: usage.usedSize });
      await session.send('Target.detachFromTarget', { sessionId });
    }
    return heaps;
  } finally {
    await session.detach();
  }
}
