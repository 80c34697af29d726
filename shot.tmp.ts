import { chromium } from 'playwright-core';
import { serveStatic } from './tests/static-server';
import { CHROMIUM_ARGS, chromiumPath } from './tests/browser-path';
const server = await serveStatic({ '/': 'dist', '/fixtures/': 'tests/fixtures' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const sizes = process.argv[2] === 'all' ? [[1024, 768], [1366, 768], [1920, 1080]] : [[1366, 768]];
const files = (process.argv[3] ?? 'tests/fixtures/import/gk3-zone40-prj-cpg936.zip').split(',');
for (const [width, height] of sizes) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${server.url}/`);
  await page.waitForSelector('[data-testid=map][data-idle=true][data-plots]', { timeout: 60000 });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-button').click()]);
  await chooser.setFiles(files);
  await page.getByTestId('import-dialog').waitFor();
  await page.screenshot({ path: `/tmp/import-${width}.png` });
  await page.close();
}
await browser.close();
await server.close();
