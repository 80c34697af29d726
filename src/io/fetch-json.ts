import { LoadError } from './load-error';

/** Fetches JSON from the app's own origin only: campaign data never comes from elsewhere. */
export async function fetchSameOriginJson(url: string): Promise<unknown> {
  const address = new URL(url, document.baseURI);
  if (address.origin !== window.location.origin) {
    throw new LoadError(
      `只能打开本站点内的数据文件，已拒绝：${address.href}`,
      `Only files from this site can be opened; refused: ${address.href}`,
    );
  }
  let response: Response;
  try {
    response = await fetch(address);
  } catch {
    throw new LoadError(`无法读取 ${address.pathname}`, `Could not read ${address.pathname}`);
  }
  if (!response.ok) {
    throw new LoadError(
      `无法读取 ${address.pathname}（HTTP ${response.status}）`,
      `Could not read ${address.pathname} (HTTP ${response.status})`,
    );
  }
  const text = await response.text();
  return parseJsonText(text, address.pathname);
}

export function parseJsonText(text: string, name: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new LoadError(`${name} 不是有效的 JSON/GeoJSON 文件：${detail}`, `${name} is not valid JSON/GeoJSON: ${detail}`);
  }
}
