import type { ImportFile } from './import-types';
import { previewBundle } from './preview-bundle';
import type { FromPreviewWorker, PreviewRequest } from './preview-protocol';
import { readImportFiles } from './read-import-files';

declare const self: DedicatedWorkerGlobalScope;

function post(message: FromPreviewWorker): void {
  self.postMessage(message);
}

async function preview(files: readonly File[]): Promise<void> {
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  const read: ImportFile[] = [];
  let doneBytes = 0;
  post({ type: 'progress', stage: 'read', doneBytes, totalBytes, features: 0 });
  for (const file of files) {
    read.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    doneBytes += file.size;
    post({ type: 'progress', stage: 'read', doneBytes, totalBytes, features: 0 });
  }
  post({ type: 'progress', stage: 'parse', doneBytes, totalBytes, features: 0 });
  const bundle = await readImportFiles(read);
  post({ type: 'preview', bundle: previewBundle(bundle) });
}

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  preview(event.data.files).catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
};
