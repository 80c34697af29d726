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
  // The test runner sets NODE_ENV=test, which would build React's development bundle.
  const testEnvironment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir: 'dist' } });
  } finally {
    process.env.NODE_ENV = testEnvironment;
  }
  const server = await serveStatic({ '/': 'dist', '/fixtures/': 'tests/fixtures' });
  project.provide('baseUrl', `${server.url}/`);
  return () => server.close();
}
