import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

export interface Builds {
  /** The app as it ships (vite.config.ts), in a folder of its own. */
  app: string;
  /** The bare maplibre page. */
  bare: string;
}

/**
 * Builds the app as it ships, the bare maplibre page and, for profiles, an unminified app, all
 * in one temporary folder (`root`) for the caller to remove.
 */
export async function buildPages(options: { unminifiedApp: boolean }): Promise<Builds & { root: string; unminifiedApp: string | null }> {
  const root = mkdtempSync(join(tmpdir(), 'battle-map-bench-'));
  const app = join(root, 'app');
  const bare = join(root, 'bare');
  await build({ logLevel: 'warn', build: { outDir: app, emptyOutDir: true } });
  await build({
    configFile: false,
    root: 'tests/bench/bare',
    base: './',
    logLevel: 'warn',
    build: { outDir: bare, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
  let unminifiedApp: string | null = null;
  if (options.unminifiedApp) {
    unminifiedApp = join(root, 'app-unminified');
    await build({
      logLevel: 'warn',
      // maplibre-gl's development build keeps its function names, so a profile can name them.
      resolve: {
        alias: [
          { find: /^maplibre-gl$/, replacement: 'maplibre-gl/dist/maplibre-gl-dev.mjs' },
          { find: /^maplibre-gl\/dist\/maplibre-gl-worker\.mjs/, replacement: 'maplibre-gl/dist/maplibre-gl-worker-dev.mjs' },
        ],
      },
      build: { outDir: unminifiedApp, emptyOutDir: true, minify: false },
    });
  }
  return { root, app, bare, unminifiedApp };
}
