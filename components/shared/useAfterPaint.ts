/**
 * A page's main code, imported only once its first frame is painted (the
 * popup's entry): effects run after the browser paints,
 * so the import starts when `ready` (the first rows read) has been shown.
 */
import { useEffect, useState } from 'preact/hooks';

export function useAfterPaint<M>(load: () => Promise<M>, ready: boolean): M | null {
  const [loaded, setLoaded] = useState<M | null>(null);
  useEffect(() => {
    if (ready) void load().then(setLoaded);
    // Loaded once; `load` is a fresh arrow each render.
  }, [ready]);
  return loaded;
}
