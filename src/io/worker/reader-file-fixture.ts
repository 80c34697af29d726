import type { ReaderFile } from './readers';

/** For tests: a file whose bytes arrive in pieces of `chunkSize`, so that features, strings and escapes are cut anywhere. */
export function fileOf(name: string, text: string, chunkSize: number): ReaderFile {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    size: bytes.length,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let offset = 0; offset < bytes.length; offset += chunkSize) controller.enqueue(bytes.slice(offset, offset + chunkSize));
          controller.close();
        },
      }),
    arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
  };
}
