import { useEffect, useState, type RefObject } from 'react';

export interface KeptSize {
  width: number;
  height: number;
}

/**
 * The size of the box around `wrapper`'s children (the wrapper itself takes no box), kept up to
 * date while `watching` and kept as it last was after: what a stand-in needs to hold their place.
 */
export function useKeptSize(wrapper: RefObject<HTMLElement | null>, watching: boolean): KeptSize | null {
  const [size, setSize] = useState<KeptSize | null>(null);
  useEffect(() => {
    const element = wrapper.current;
    if (!watching || !element) return;
    const measure = () => {
      const next = sizeAround(element.children);
      setSize((previous) => (previous?.width === next?.width && previous?.height === next?.height ? previous : next));
    };
    // Measured when the browser has laid the page out (a ResizeObserver reports each element's
    // first size then, and nothing for one with no box, which has no size to keep).
    const resizes = new ResizeObserver(measure);
    // A child may put a different element in its place (a drawer opened from its tab).
    const watchChildren = () => {
      resizes.disconnect();
      for (const child of element.children) resizes.observe(child);
    };
    const replaced = new MutationObserver(watchChildren);
    replaced.observe(element, { childList: true });
    watchChildren();
    return () => {
      resizes.disconnect();
      replaced.disconnect();
    };
  }, [wrapper, watching]);
  return size;
}

function sizeAround(elements: HTMLCollection): KeptSize | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const element of elements) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    left = Math.min(left, box.left);
    top = Math.min(top, box.top);
    right = Math.max(right, box.right);
    bottom = Math.max(bottom, box.bottom);
  }
  return right >= left ? { width: right - left, height: bottom - top } : null;
}
