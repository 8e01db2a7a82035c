/**
 * A list that renders only the rows in view (plus a few), so 10 000
 * clippings cost what 15 do. Rows have a fixed height. Arrow keys, Page
 * Up/Down, Home and End move between rows, scrolling as they go, since
 * rows out of view are not in the page to Tab to.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

const OVERSCAN = 4;
/** Used until the list has been laid out (and where there is no layout, as in unit tests). */
const FALLBACK_HEIGHT = 480;

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  label: string;
  keyOf(item: T): string;
  renderRow(item: T, index: number): ComponentChildren;
  /** The list starts at the top again when this changes (default: the items; rows opened in place keep the scroll). */
  startOver?: unknown;
}

export function VirtualList<T>({ items, rowHeight, label, keyOf, renderRow, startOver = items }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || FALLBACK_HEIGHT));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A new filter starts at the top.
  useEffect(() => {
    if (scroller.current && scroller.current.scrollTop !== 0) {
      scroller.current.scrollTop = 0;
      setScrollTop(0);
    }
  }, [startOver]);

  useEffect(() => {
    if (focusIndex === null) return;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${focusIndex}"] a`)?.focus();
  }, [focusIndex, scrollTop]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(items.length - 1, index));
    const el = scroller.current;
    if (el) {
      const top = target * rowHeight;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
      setScrollTop(el.scrollTop);
    }
    setFocusIndex(target);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const at = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, PageDown: at + page, PageUp: at - page, Home: 0, End: items.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  };

  return (
    <div class="vlist" ref={scroller} onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)} onKeyDown={onKeyDown}>
      <ul aria-label={label} style={{ height: `${items.length * rowHeight}px` }}>
        {items.slice(first, last).map((item, i) => {
          const index = first + i;
          return (
            <li
              key={keyOf(item)}
              data-index={index}
              aria-setsize={items.length}
              aria-posinset={index + 1}
              style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
            >
              {renderRow(item, index)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
