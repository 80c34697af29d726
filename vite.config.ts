import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The built app may load nothing from outside its own origin; the browser enforces it. (Dev
 * mode injects inline scripts, so the policy applies to the build only.)
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' data: blob:",
].join('; ');

function sameOriginOnly(): Plugin {
  return {
    name: 'same-origin-only',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), sameOriginOnly()],
  // The loading and preview workers' libraries. Vite's first scan of the sources does not follow
  // `new Worker(...)`, so the development server would find these on the first page load,
  // bundle its dependencies again and reload the page under the user (or fail a request).
  optimizeDeps: {
    include: [
      '@tmcw/togeojson',
      '@xmldom/xmldom',
      'gcoord',
      'geojson-validation',
      'papaparse',
      'proj4',
      'read-excel-file/universal',
      'robust-predicates',
      'shpjs',
    ],
  },
  build: {
    chunkSizeWarningLimit: 2000,
    // Campaign files are fetched from the app's own origin, never inlined as data: URLs.
    assetsInlineLimit: (file: string) => (/\.(geo)?json$/.test(file) ? false : undefined),
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'data/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
    // Progress line by line (the browser tests take minutes), vitest's report of failures, and the summary line.
    reporters: ['./tests/progress-reporter.ts', 'default', './tests/summary-reporter.ts'],
  },
});
