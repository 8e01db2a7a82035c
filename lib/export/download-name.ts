/**
 * Download names say when and what: "ttdn-2026-11-27.csv" for everything,
 * "ttdn-2026-11-27-57-KL-TW.csv" for the articles citing 57-KL/TW,
 * "ttdn-2026-11-27-nguyen-trong-nghia-quan-chuc.csv" for the officials of one
 * person's articles; the words in the interface language ("…-officials.csv",
 * "…-tag-da-nang-published-…" in English). ASCII only, so every browser and
 * file system keeps it.
 */
import type { CollectionFilter, DateRange } from '../collection/filter';
import type { Lang } from '../i18n/i18n';
import { slug } from '../text/ascii';
import { exportWords } from './words';

type Words = ReturnType<typeof exportWords>;

/** "dang-2024-01-01-2024-06-30", "dang-tu-2024-01-01", "dang-den-2024-06-30"; nothing for an open range. */
function range(prefix: string, r: DateRange | undefined, w: Words): string | null {
  if (!r || (!r.from && !r.to)) return null;
  if (r.from && r.to) return `${prefix}-${r.from}-${r.to}`;
  return r.from ? `${prefix}-${w('fromFile')}-${r.from}` : `${prefix}-${w('toFile')}-${r.to}`;
}

const MAX_FILTER = 60;

/** The filter in a few ASCII words, in a fixed order. */
export function filterSlug(filter: CollectionFilter | null, lang: Lang): string {
  if (!filter) return '';
  const w = exportWords(lang);
  const parts = [
    filter.directive,
    filter.official && slug(filter.official).toLowerCase(),
    filter.tags.length > 0 && `${w('tagFile')}-${filter.tags.map((tag) => slug(tag).toLowerCase()).join('-')}`,
    filter.site,
    filter.topic === 'yes' ? w('foreignInfoFile') : filter.topic === 'no' ? w('otherFile') : null,
    range(w('publishedFile'), filter.published, w),
    range(w('clippedFile'), filter.clipped, w),
    filter.query.trim() && `${w('searchFile')}-${slug(filter.query).toLowerCase()}`,
  ];
  return parts
    .filter((p): p is string => Boolean(p))
    .map(slug)
    .filter(Boolean)
    .join('-')
    .slice(0, MAX_FILTER)
    .replace(/-+$/g, '');
}

/** `what` names a derived table (officials, directives); extension with its dot. */
export function downloadName(extension: string, filter: CollectionFilter | null, lang: Lang, what?: 'officialsFile' | 'directivesFile', now = new Date()): string {
  return ['ttdn', now.toISOString().slice(0, 10), filterSlug(filter, lang), what && exportWords(lang)(what)].filter(Boolean).join('-') + extension;
}
