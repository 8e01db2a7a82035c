/**
 * What a directive's pictures show, from the research rows citing it: the
 * articles per month, the provinces (province-of.ts) and the sites that took
 * it up, ranked, and the chain of documents that carry it out (chain.ts).
 * Pure: the page, the tests and the benchmark shape the same numbers.
 */
import type { ResearchRow } from '../clipping/research-row';
import { articleDay } from '../clipping/research-row';
import { directiveIdKey } from '../text/keys';
import { type Companion, CompanionCounter } from './articles';
import { type Bucket, perMonth } from './buckets';
import { type ChainNode, chainTree } from './chain';
import { provinceOfSite, provincesIn } from './province-of';

export interface DirectiveCharts {
  months: Bucket[];
  provinces: Companion[];
  sites: Companion[];
  chain: ChainNode[];
}

/** How many provinces and sites the ranked bars show (34 provinces: all of them). */
export const RANKED = 34;

/**
 * The provinces an article speaks for: its site's, and those named in what it
 * says of its documents. Each issuer and quote is read once per page (`seen`):
 * a directive cited 3 000 times has a few dozen distinct issuers.
 */
function provincesOf(row: ResearchRow, seen: Map<string, string[]>): string[] {
  const site = provinceOfSite(row.site);
  const named = [...row.directives.map((d) => d.issuer ?? ''), ...row.relations.map((r) => r.quote)].flatMap((said) => {
    if (!said) return [];
    let found = seen.get(said);
    if (!found) seen.set(said, (found = provincesIn(said)));
    return found;
  });
  return [...new Set([...(site ? [site] : []), ...named])];
}

/** The charts of the directive `id` from rows (those not citing it are skipped). */
export function directiveCharts(rows: readonly ResearchRow[], id: string): DirectiveCharts {
  const wanted = directiveIdKey(id);
  const citing = rows.filter((row) => row.directives.some((d) => directiveIdKey(d.id) === wanted));
  const provinces = new CompanionCounter();
  const sites = new CompanionCounter();
  const seen = new Map<string, string[]>();
  for (const row of citing) {
    provinces.addArticle(provincesOf(row, seen).map((p) => ({ key: p, label: p })));
    sites.addArticle([{ key: row.site, label: row.site }]);
  }
  return {
    months: perMonth(citing.map((row) => articleDay(row).day)),
    provinces: provinces.top(RANKED),
    sites: sites.top(RANKED),
    chain: chainTree(citing, id),
  };
}
