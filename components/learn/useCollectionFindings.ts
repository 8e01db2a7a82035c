/**
 * Asks the background what of the user's collection a text names (the
 * 'learn:find' message: the learnt matcher lives and is cached there) and
 * keeps what only the collection knows. Extension pages only.
 */
import { useEffect, useState } from 'preact/hooks';
import { collectionFindings, type CollectionFindings } from '@/lib/learn/findings';
import type { Analysis } from '@/lib/matcher/types';
import { request } from '@/lib/messaging/messages';
import type { Corrections } from '@/lib/clipping/types';

export type FindingsState = { state: 'looking' } | { state: 'ready'; findings: CollectionFindings } | { state: 'failed' };

export async function askCollection(text: string, analysis: Pick<Analysis, 'officials' | 'directives'>, corrections?: Corrections): Promise<CollectionFindings> {
  const { matches, known } = await request({ type: 'learn:find', text, directives: analysis.directives.map((d) => d.id) });
  return collectionFindings(matches, analysis, known, corrections);
}

/** `source` null: nothing to ask yet. */
export function useCollectionFindings(
  source: { text: string; analysis: Pick<Analysis, 'officials' | 'directives'>; corrections?: Corrections } | null,
  deps: unknown[],
): FindingsState | null {
  const [state, setState] = useState<FindingsState | null>(null);
  useEffect(() => {
    if (!source) return setState(null);
    let live = true;
    setState({ state: 'looking' });
    askCollection(source.text, source.analysis, source.corrections).then(
      (findings) => live && setState({ state: 'ready', findings }),
      () => live && setState({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
