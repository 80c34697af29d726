import { describe, expect, it } from 'vitest';
import { buildFontFaces, MAP_FONT } from './font-faces';

describe('buildFontFaces', () => {
  it('pairs each subset file with its unicode range as an absolute same-origin URL', () => {
    const faces = buildFontFaces(
      { '[4]': 'U+1f1e9-1f1f5,U+1f21a', latin: 'U+0000-00ff' },
      {
        '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-4-700-normal.woff2': '/assets/a.woff2',
        '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-latin-700-normal.woff2': '/assets/b.woff2',
        '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-9-700-normal.woff2': '/assets/no-range.woff2',
      },
      'http://127.0.0.1:4173/app/',
    );
    expect(faces).toEqual({
      [MAP_FONT]: [
        { url: 'http://127.0.0.1:4173/assets/a.woff2', 'unicode-range': ['U+1f1e9-1f1f5', 'U+1f21a'] },
        { url: 'http://127.0.0.1:4173/assets/b.woff2', 'unicode-range': ['U+0000-00ff'] },
      ],
    });
  });
});
