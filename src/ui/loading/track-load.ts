import type { LoadOptions } from '../../io/worker/load-client';
import { useLoadingStore } from '../../state/loading-store';

/**
 * Runs a load with the progress bar showing and 取消 wired to it. A load started while another
 * runs cancels the other. When it has data, the bar stays on 绘制 until the map has drawn it
 * (the map ends the task); otherwise it goes at once. A load whose result the map does not
 * draw (the import preview) passes `draws: false`, and the bar goes when it ends.
 */
export async function trackLoad<T>(name: string, load: (options: LoadOptions) => Promise<T | null>, { draws = true }: { draws?: boolean } = {}): Promise<T | null> {
  const loading = useLoadingStore.getState();
  loading.task?.cancel();
  const controller = new AbortController();
  const id = loading.begin(name, () => controller.abort());
  const isMine = () => useLoadingStore.getState().task?.id === id;
  try {
    const result = await load({
      signal: controller.signal,
      onProgress: ({ stage, doneBytes, totalBytes, features }) => {
        if (isMine()) useLoadingStore.getState().progress({ stage, doneBytes, totalBytes, features });
      },
    });
    if (isMine()) {
      if (result === null || controller.signal.aborted || !draws) useLoadingStore.getState().end(id);
      else useLoadingStore.getState().drawing();
    }
    return controller.signal.aborted ? null : result;
  } catch (error) {
    useLoadingStore.getState().end(id);
    throw error;
  }
}
