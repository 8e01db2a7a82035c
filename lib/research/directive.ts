/**
 * A directive's page, from the clippings: every article citing it, newest
 * first; its kind, issuer, date and subject as the articles state them, every
 * distinct statement kept with the articles that make it (two dates are shown
 * as two dates, not settled silently); the directives cited with it; and those
 * the articles say it carries out, or that carry it out (relations.ts). Pure.
 */
import { directiveIdKey, foldKey } from '../text/keys';
import { researchRowOf } from '../clipping/derive';
import type { ClippingRecord } from '../clipping/types';
import { type ArticleRef, articleRef, type Companion, CompanionCounter, newestFirst } from './articles';
import type { DirectiveFact, ResearchRow } from '../clipping/research-row';
import { type DirectiveCharts, directiveCharts } from './directive-charts';

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
  /** How many articles cite it. */
  total: number;
  /** Newest first: all of them, or only the newest while the page is still reading (complete false). */
  citations: Citation[];
  /** Per particular, every distinct statement, most articles first; empty when no article states it. */
  stated: Record<Particular, Statement[]>;
  citedWith: Companion[];
  /** Documents this one carries out, by the articles. */
  carriesOut: Relation[];
  /** Documents the articles say carry this one out. */
  carriedOutBy: Relation[];
  /** False for the first screen, from the newest articles only: particulars, relations and companions are still being read. */
  complete: boolean;
  /** Its pictures (directive-charts.ts); null until every article is read. */
  charts: DirectiveCharts | null;
}

/** Statements compared as a reader would: case, tone placement, spacing and a final full stop do not count. */
const statementKey = (value: string) => foldKey(value).replace(/[.\s]+$/u, '');


interface Citing {
  row: ResearchRow;
  directive: DirectiveFact;
}

/**
 * The rows citing the directive, with what each states of it. A row's
 * directives carry the ids its card is indexed by (lib/clipping/directive-ids.ts:
 * an older analysis's "16/KL-TW" or "Kết luận 16" is 16-KL/TW now), so the
 * page and the library's facet name one document alike.
 */
function citing(rows: readonly ResearchRow[], wantedKey: string): Citing[] {
  return rows.flatMap((row) => {
    const directive = row.directives.find((d) => directiveIdKey(d.id) === wantedKey);
    return directive ? [{ row, directive }] : [];
  });
}

const citationsOf = (found: readonly Citing[]): Citation[] =>
  newestFirst(
    found.map(({ row, directive }) => ({
      ref: articleRef(row),
      clippedAt: row.clippedAt,
      kind: directive.kind,
      issuer: directive.issuer,
      date: directive.date,
      subject: directive.subject,
    })),
  );

/** The profile of the directive from research rows (lib/clipping/research-row.ts; rows not citing it are skipped); null when none cites it. */
export function directiveFromRows(rows: readonly ResearchRow[], id: string, limit = 12): DirectiveProfile | null {
  const wantedKey = directiveIdKey(id);
  const found = citing(rows, wantedKey);
  if (found.length === 0) return null;
  const citations = citationsOf(found);
  const byId = new Map(found.map((c) => [c.row.id, c]));
  // The page is named as the newest article writes the id.
  const wanted = byId.get(citations[0]!.ref.id)!.directive.id;

  const stated = Object.fromEntries(PARTICULARS.map((p) => [p, statements(citations, p)])) as Record<Particular, Statement[]>;
  const citedWith = new CompanionCounter();
  const outgoing = new RelationCounter();
  const incoming = new RelationCounter();
  for (const citation of citations) {
    const { row } = byId.get(citation.ref.id)!;
    citedWith.addArticle(row.directives.filter((d) => directiveIdKey(d.id) !== wantedKey).map((d) => ({ key: d.id, label: d.id })));
    for (const r of row.relations) {
      if (directiveIdKey(r.from) === wantedKey) outgoing.add(r.to, row.id, r.quote);
      else if (directiveIdKey(r.to) === wantedKey) incoming.add(r.from, row.id, r.quote);
    }
  }
  return {
    id: wanted,
    total: citations.length,
    citations,
    stated,
    citedWith: citedWith.top(limit),
    carriesOut: outgoing.list(),
    carriedOutBy: incoming.list(),
    complete: true,
    charts: directiveCharts(found.map((c) => c.row), wanted),
  };
}

/**
 * The first screen, from the newest rows only (the page reads the rest
 * after): the newest articles citing it, and how many there are in all.
 * When the rows are all there are, the whole profile.
 */
export function directiveFirst(newest: readonly ResearchRow[], id: string, total: number): DirectiveProfile | null {
  if (newest.length >= total) return directiveFromRows(newest, id);
  const citations = citationsOf(citing(newest, directiveIdKey(id)));
  if (citations.length === 0) return null;
  const wanted = newest.find((row) => row.id === citations[0]!.ref.id)!.directives.find((d) => directiveIdKey(d.id) === directiveIdKey(id))!.id;
  const stated = { kind: [], issuer: [], date: [], subject: [] };
  return { id: wanted, total, citations, stated, citedWith: [], carriesOut: [], carriedOutBy: [], complete: false, charts: null };
}

/** The profile of the directive from whole clippings (those not citing it are skipped); null when none cites it. */
export function directiveProfile(records: readonly ClippingRecord[], id: string, limit = 12): DirectiveProfile | null {
  return directiveFromRows(records.map(researchRowOf), id, limit);
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
