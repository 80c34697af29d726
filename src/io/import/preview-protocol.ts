import type { ProgressMessage } from '../worker/protocol';
import type { PreviewBundle } from './preview-bundle';

/**
 * The messages between the page and the import preview's worker: the page sends the files
 * once; the worker answers with progress, then the preview or an error. The page stops it by
 * ending the worker.
 */
export interface PreviewRequest {
  files: File[];
}

export interface PreviewResult {
  type: 'preview';
  bundle: PreviewBundle;
}

export interface PreviewError {
  type: 'error';
  message: string;
}

export type FromPreviewWorker = ProgressMessage | PreviewResult | PreviewError;
