import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './ui/styles.css';
import './ui/battle-map.css';
import './ui/meeting.css';
import './ui/layout.css';
import './ui/print.css';
import { startInitialLoad } from './ui/initial-load';
import { prepareLabelCanvas } from './map/label-canvas';

// The map's labels find the browser's canvas drawing ready (see label-canvas.ts); then the
// first campaign starts loading in its worker at once, while the app's own script (most of
// the page's code: React, the map, the panels) is fetched, compiled and run.
prepareLabelCanvas();
startInitialLoad(window.location.search);

import('./ui/mount-app')
  .then(({ mountApp }) => mountApp())
  .catch((error: unknown) => {
    document.body.textContent = `作战图无法启动，请刷新页面重试。The app could not start: ${String(error)}`;
  });
