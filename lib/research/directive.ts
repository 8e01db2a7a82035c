/**
 * A directive's page, from the clippings: every article citing it, newest
 * first; its kind, issuer, date and subject as the articles state them, every
 * distinct statement kept with the articles that make it (two dates are shown
 * as two dates, not settled silently); the directives cited with it; and those
 * the articles say it carries out, or that carry it out (relations.ts). Pure.
 */
import { foldKey } from '../matcher/normalize';
import type { Directive } from '../matcher/types';
import { canonicalDirectiveIds } from '../store/directive-ids';
import { fold } from '../store/fold';
import type { ClippingCard, ClippingRecord } from '../store/types';
import { type ArticleRef, articleRef, type Companion, CompanionCounter, newestFirst } from './articles';
import { carriesOut } from './relations';
import { correctedFindings } from '../store/corrections';

export type Particular = 'kind' | 'issuer' | 'date' | 'subject';
export const PARTICULARS: readonly Particular[] = ['kind', 'issuer', 'date', 'subject'];

/** One way the articles state a particular. */
export interface Statement {
  /** As the newest article stating it writes it. */
  value: string;
  /** Ids of the articles stating it, newest first. */
  articles: string[];
}

export interface Citation {
  ref: ArticleRef;
  clippedAt: number;
  kind: string | null;
  issuer: string | null;
  date: string | null;
  subject: string | null;
}

/** "The articles say A carries out B", with where they say it. */
export interface Relation {
  /** The other document. */
  id: string;
  /** Articles saying so, newest first. */
  articles: string[];
  /** The words of the newest article that say it. */
  quote: string;
}

export interface DirectiveProfile {
  id: string;
  citations: Citation[];
  /** Per particular, every distinct statement, most articles first; empty when no article states it. */
  stated: Record<Particular, Statement[]>;
  citedWith: Companion[];
  /** Documents this one carries out, by the articles. */
  carriesOut: Relation[];
  /** Documents the articles say carry this one out. */
  carriedOutBy: Relation[];
  /** False for the overview from the cards: particulars and relations are still being read. */
  complete: boolean;
}

/** Statements compared as a reader would: case, tone placement, spacing and a final full stop do not count. */
const statementKey = (value: string) => foldKey(value).replace(/[.\s]+$/u, '');

const QUOTE_MAX = 240;

/**
 * A clipping's directives under the ids its card is indexed by
 * (lib/store/directive-ids.ts: an older analysis's "16/KL-TW" or "Kết luận 16"
 * is 16-KL/TW now), so the page and the library's facet name one document alike.
 */
function canonical(record: ClippingRecord): Directive[] {
  const { directives } = correctedFindings(record);
  const ids = canonicalDirectiveIds(directives);
  return directives.map((d, i) => ({ ...d, id: ids[i] ?? d.id }));
}

/** Ids compared as the library's facet compares them: case and Unicode form do not matter. */
const idKey = (id: string) => fold(id.normalize('NFC').trim());

export function directiveProfile(records: readonly ClippingRecord[], id: string, limit = 12): DirectiveProfile | null {
  const wantedKey = idKey(id);
  const citing = records
    .map((record) => {
      const directives = canonical(record);
      return { record, directives, directive: directives.find((d) => idKey(d.id) === wantedKey) };
    })
    .filter((c): c is typeof c & { directive: Directive } => c.directive !== undefined);
  if (citing.length === 0) return null;

  const citations = newestFirst(
    citing.map(({ record, directive }) => ({
      ref: articleRef(record),
      clippedAt: record.clippedAt,
      kind: directive.kind,
      issuer: directive.issuer,
      date: directive.date,
      subject: directive.subject,
    })),
  );
  const byId = new Map(citing.map((c) => [c.record.id, c]));
  // The page is named as the newest article writes the id.
  const wanted = byId.get(citations[0]!.ref.id)!.directive.id;

  const stated = Object.fromEntries(PARTICULARS.map((p) => [p, statements(citations, p)])) as Record<Particular, Statement[]>;
  const citedWith = new CompanionCounter();
  const outgoing = new RelationCounter();
  const incoming = new RelationCounter();
  for (const citation of citations) {
    const { record, directives } = byId.get(citation.ref.id)!;
    citedWith.addArticle(directives.filter((d) => idKey(d.id) !== wantedKey).map((d) => ({ key: d.id, label: d.id })));
    for (const r of carriesOut(record.text, directives)) {
      const quote = record.text.slice(r.start, r.end).replace(/\s+/g, ' ').slice(0, QUOTE_MAX);
      if (idKey(r.from) === wantedKey) outgoing.add(r.to, record.id, quote);
      else if (idKey(r.to) === wantedKey) incoming.add(r.from, record.id, quote);
    }
  }
  return { id: wanted, citations, stated, citedWith: citedWith.top(limit), carriesOut: outgoing.list(), carriedOutBy: incoming.list(), complete: true };
}

/**
 * The same page from the cards alone (dates, titles, the directives cited
 * with it), before any article is read: particulars and relations not yet.
 */
export function directiveOverview(cards: readonly ClippingCard[], id: string, limit = 12): DirectiveProfile | null {
  const wantedKey = idKey(id);
  const citing = cards.filter((card) => card.directives.some((d) => idKey(d) === wantedKey));
  if (citing.length === 0) return null;
  const citations = newestFirst(citing.map((card) => ({ ref: articleRef(card), clippedAt: card.clippedAt, kind: null, issuer: null, date: null, subject: null })));
  const citedWith = new CompanionCounter();
  for (const card of [...citing].sort((a, b) => b.clippedAt - a.clippedAt))
    citedWith.addArticle(card.directives.filter((d) => idKey(d) !== wantedKey).map((d) => ({ key: d, label: d })));
  const stated = { kind: [], issuer: [], date: [], subject: [] };
  const newest = citing.find((card) => card.id === citations[0]!.ref.id)!;
  const wanted = newest.directives.find((d) => idKey(d) === wantedKey)!;
  return { id: wanted, citations, stated, citedWith: citedWith.top(limit), carriesOut: [], carriedOutBy: [], complete: false };
}

function statements(citations: readonly Citation[], particular: Particular): Statement[] {
  const byKey = new Map<string, Statement>();
  for (const citation of citations) {
    const value = citation[particular]?.replace(/\s+/g, ' ').trim();
    if (!value) continue;
    const key = statementKey(value);
    const known = byKey.get(key);
    if (known) known.articles.push(citation.ref.id);
    else byKey.set(key, { value, articles: [citation.ref.id] });
  }
  // Stable sort: equal counts keep newest-first order.
  return [...byKey.values()].sort((a, b) => b.articles.length - a.articles.length);
}

/** Relations with the other document, visited newest article first. */
class RelationCounter {
  private readonly byId = new Map<string, Relation>();

  add(id: string, article: string, quote: string): void {
    const known = this.byId.get(id);
    if (!known) this.byId.set(id, { id, articles: [article], quote });
    else if (!known.articles.includes(article)) known.articles.push(article);
  }

  list(): Relation[] {
    return [...this.byId.values()].sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id, 'vi'));
  }
}
