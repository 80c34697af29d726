import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the app as it ships and serves it, with the test fixtures beside it, on loopback. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ logLevel: 'warn', build: { outDir: 'dist' } });
  const server = await serveStatic({ '/': 'dist', '/fixtures/': 'tests/fixtures' });
  project.provide('baseUrl', `${server.url}/`);
  return () => server.close();
}
