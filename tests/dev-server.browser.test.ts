import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemo } from './demo-data';
import { launchBrowser } from './driver';
import { LoadingDriver } from './loading-driver';

const demo = readDemo();
let browser: Browser;
let server: ViteDevServer;

beforeAll(async () => {
  browser = await launchBrowser();
  // What `npm start` serves: the sources through Vite, React with its development checks (which
  // mount every component twice, so the first map is removed as soon as it is made).
  server = await createServer({ logLevel: 'silent', server: { host: '127.0.0.1', port: 0, open: false } });
  await server.listen();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('npm start (the development server)', () => {
  it('draws the demo campaign with no console errors', async () => {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('The development server gave no address');
    const loading = await LoadingDriver.open(browser, url);
    expect(await loading.mapPlotCount()).toBe(String(demo.plots.length));
    expect(await loading.legendTotal()).toBe(String(demo.plots.length));
    expect(loading.app.consoleErrors).toEqual([]);
    await loading.close();
  });
});
