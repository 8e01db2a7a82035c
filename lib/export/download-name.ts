/**
 * Download names say when and what: "ttdn-2026-11-27.csv" for everything,
 * "ttdn-2026-11-27-57-KL-TW.csv" for the articles citing 57-KL/TW,
 * "ttdn-2026-11-27-nguyen-trong-nghia-quan-chuc.csv" for the officials of one
 * person's articles. ASCII only, so every browser and file system keeps it.
 */
import type { CollectionFilter, DateRange } from '../collection/filter';
import { slug } from '../text/ascii';

/** "2024-01-01_2024-06-30", "tu-2024-01-01", "den-2024-06-30"; nothing for an open range. */
function range(prefix: string, r: DateRange | undefined): string | null {
  if (!r || (!r.from && !r.to)) return null;
  if (r.from && r.to) return `${prefix}-${r.from}-${r.to}`;
  return r.from ? `${prefix}-tu-${r.from}` : `${prefix}-den-${r.to}`;
}

const MAX_FILTER = 60;

/** The filter in a few ASCII words, in a fixed order. */
export function filterSlug(filter: CollectionFilter | null): string {
  if (!filter) return '';
  const parts = [
    filter.directive,
    filter.official && slug(filter.official).toLowerCase(),
    filter.tags.length > 0 && `nhan-${filter.tags.map((tag) => slug(tag).toLowerCase()).join('-')}`,
    filter.site,
    filter.topic === 'yes' ? 'ttdn' : filter.topic === 'no' ? 'khac' : null,
    range('dang', filter.published),
    range('luu', filter.clipped),
    filter.query.trim() && `tim-${slug(filter.query).toLowerCase()}`,
  ];
  return parts
    .filter((p): p is string => Boolean(p))
    .map(slug)
    .filter(Boolean)
    .join('-')
    .slice(0, MAX_FILTER)
    .replace(/-+$/g, '');
}

/** `what` names a derived table ("quan-chuc", "van-ban"); extension with its dot. */
export function downloadName(extension: string, filter: CollectionFilter | null, what = '', now = new Date()): string {
  return ['ttdn', now.toISOString().slice(0, 10), filterSlug(filter), what].filter(Boolean).join('-') + extension;
}
