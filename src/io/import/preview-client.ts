import type { LoadOptions } from '../worker/load-client';
import type { PreviewBundle } from './preview-bundle';
import type { FromPreviewWorker, PreviewRequest } from './preview-protocol';

/**
 * Reads the chosen files for the import preview in a worker of its own, so that a big file
 * never stops the page. Resolves to null when cancelled; rejects with the reader's message.
 */
export function previewInWorker(files: File[], { signal, onProgress }: LoadOptions): Promise<PreviewBundle | null> {
  if (signal.aborted) return Promise.resolve(null);
  const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module', name: 'import preview' });
  return new Promise<PreviewBundle | null>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      resolve(null);
    };
    signal.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<FromPreviewWorker>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message);
      else {
        finish();
        if (message.type === 'preview') resolve(message.bundle);
        else reject(new Error(message.message));
      }
    };
    worker.onmessageerror = () => {
      finish();
      reject(new Error('the preview worker sent data the page could not read'));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message));
    };
    const request: PreviewRequest = { files };
    worker.postMessage(request);
  });
}
