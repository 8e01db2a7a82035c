/**
 * Findings that come only from the user's collection: what the learnt matcher
 * found in a text that the page's own analysis did not (and the user did not
 * reject or add by hand in this clipping), and the particulars of a directive
 * the analysis found that only the collection knows. A category of its own,
 * outside the `analyze` contract, shown only in the extension's own pages.
 */
import { directiveIdKey, foldKey } from '../text/keys';
import type { Analysis, DirectiveParticular, Mention } from '../matcher/types';
import { isRejected } from '../clipping/corrections';
import type { Corrections } from '../clipping/types';
import { type CollectionMatches, type KnownDirective, type KnownOfficial } from './matcher';

export interface CollectionFindings {
  /** Officials the collection knows, named here in full, that the analysis did not find. */
  officials: (KnownOfficial & { mentions: Mention[] })[];
  /** Directives the collection knows, cited here, that the analysis did not find. */
  directives: (KnownDirective & { mentions: Mention[] })[];
  /** Directives the analysis found, with the particulars it lacks that the collection knows. */
  particulars: { id: string; known: Partial<Record<DirectiveParticular, string>>; clippings: number }[];
}

const PARTICULARS: readonly DirectiveParticular[] = ['kind', 'issuer', 'date', 'subject'];

export const noFindings = (): CollectionFindings => ({ officials: [], directives: [], particulars: [] });

/**
 * @param known the collection's particulars of the directives the analysis found (the background sends them with the matches)
 * @param corrections the clipping's, when the text is a clipping's: what the user rejected or added there is not offered again
 */
export function collectionFindings(
  matches: CollectionMatches,
  analysis: Pick<Analysis, 'officials' | 'directives'>,
  known: readonly KnownDirective[],
  corrections?: Corrections,
): CollectionFindings {
  const foundOfficials = new Set(analysis.officials.map((o) => foldKey(o.name)));
  const foundDirectives = new Set(analysis.directives.map((d) => directiveIdKey(d.id)));
  for (const o of corrections?.added.officials ?? []) foundOfficials.add(foldKey(o.name));
  for (const d of corrections?.added.directives ?? []) foundDirectives.add(directiveIdKey(d.id));

  const officials = matches.officials
    .filter((m) => !foundOfficials.has(foldKey(m.known.name)) && !isRejected(corrections, 'official', m.known.name))
    .map((m) => ({ ...m.known, mentions: m.mentions }));
  const directives = matches.directives
    .filter((m) => !foundDirectives.has(directiveIdKey(m.known.id)) && !isRejected(corrections, 'directive', m.known.id))
    .map((m) => ({ ...m.known, mentions: m.mentions }));

  const byId = new Map(known.map((k) => [directiveIdKey(k.id), k]));
  const particulars: CollectionFindings['particulars'] = [];
  for (const d of analysis.directives) {
    const k = byId.get(directiveIdKey(d.id));
    if (!k || isRejected(corrections, 'directive', d.id)) continue;
    const filled: Partial<Record<DirectiveParticular, string>> = {};
    for (const field of PARTICULARS) if (d[field] === null && k[field] !== null) filled[field] = k[field]!;
    if (Object.keys(filled).length) particulars.push({ id: d.id, known: filled, clippings: k.clippings });
  }
  return { officials, directives, particulars };
}
