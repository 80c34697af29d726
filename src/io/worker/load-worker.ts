import { LoadError } from '../load-error';
import { runBoundaries } from './load-boundaries';
import { runLoad } from './load-pipeline';
import type { FromWorker, LoadSource, ToWorker } from './protocol';
import type { ReaderFile } from './readers';

declare const self: DedicatedWorkerGlobalScope;

const controller = new AbortController();

function post(message: FromWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

function fileReader(file: File): ReaderFile {
  return { name: file.name, size: file.size, stream: () => file.stream(), arrayBuffer: () => file.arrayBuffer() };
}

/** A same-origin URL as a file to read: fetched once, its body read as a stream. */
async function urlReader(url: string, name: string): Promise<ReaderFile> {
  const address = new URL(url, self.location.href);
  if (address.origin !== self.location.origin) {
    throw new LoadError(`只能打开本站点内的数据文件，已拒绝：${address.href}`, `Only files from this site can be opened; refused: ${address.href}`);
  }
  let response: Response;
  try {
    response = await fetch(address, { signal: controller.signal });
  } catch {
    throw new LoadError(`无法读取 ${name}`, `Could not read ${name}`);
  }
  if (!response.ok || !response.body) {
    throw new LoadError(`无法读取 ${name}（HTTP ${response.status}）`, `Could not read ${name} (HTTP ${response.status})`);
  }
  const body = response.body;
  const length = response.headers.get('content-length');
  // A compressed response's length is not the length of what it holds.
  const size = length !== null && !response.headers.get('content-encoding') ? Number(length) : null;
  return { name, size, stream: () => body, arrayBuffer: () => new Response(body).arrayBuffer() };
}

async function readerFiles(source: LoadSource): Promise<ReaderFile[]> {
  return source.kind === 'files' ? source.files.map(fileReader) : [await urlReader(source.url, source.name)];
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    controller.abort();
    post({ type: 'cancelled' });
    return;
  }
  readerFiles(message.source)
    .then((files) => (message.type === 'load' ? runLoad(message, files, controller.signal, post) : runBoundaries(message, files, controller.signal, post)))
    .catch((error: unknown) => {
      if (controller.signal.aborted) return;
      if (error instanceof LoadError) post({ type: 'error', messageZh: error.messageZh, messageEn: error.messageEn });
      else post({ type: 'error', messageZh: `载入失败：${String(error)}`, messageEn: `Loading failed: ${String(error)}` });
    });
};
