/**
 * The library's pictures of what the current filter shows: clippings per
 * week (the last year of them) and the officials and documents named most,
 * each a link to their research page. Folded away until asked for, so the
 * list opens as before; drawn from the filter's cards and facet counts.
 */
import { useMemo, useState } from 'preact/hooks';
import { ColumnChart } from '@/components/charts/ColumnChart';
import { weekLabel } from '@/components/charts/labels';
import { RankedBars } from '@/components/charts/RankedBars';
import { chartStrings } from '@/components/charts/strings';
import type { Collection } from '@/components/collection/useCollection';
import type { FacetValue } from '@/lib/collection/filter';
import type { Lang } from '@/lib/i18n/i18n';
import { perWeek } from '@/lib/research/buckets';
import { directiveHref, officialHref } from '@/lib/research/route';

const WEEKS = 52;
const TOP = 8;

function Charts({ collection, lang }: { collection: Collection; lang: Lang }) {
  const t = chartStrings(lang);
  const { visible, facets } = collection;
  const weeks = useMemo(() => perWeek(visible.map((c) => c.clippedAt), WEEKS), [visible]);
  const top = (values: readonly FacetValue[] | undefined, href: (v: FacetValue) => string) =>
    (values ?? []).slice(0, TOP).map((v) => ({ label: v.label, count: v.count, href: href(v) }));
  const people = top(facets?.official, (v) => officialHref(v.value));
  const documents = top(facets?.directive, (v) => directiveHref(v.label));
  return (
    <>
      <ColumnChart id="chart-weeks" caption={t('perWeek')} head={[t('week'), t('clippings')]} bars={weeks.map((w) => ({ label: weekLabel(w.key, lang), count: w.count }))} t={t} />
      {people.length > 0 && <RankedBars id="chart-people" caption={t('topPeople')} head={[t('person'), t('clippings')]} bars={people} t={t} />}
      {documents.length > 0 && <RankedBars id="chart-documents" caption={t('topDocuments')} head={[t('document'), t('clippings')]} bars={documents} t={t} />}
    </>
  );
}

export function LibraryCharts({ collection, lang }: { collection: Collection; lang: Lang }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="library-charts" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{chartStrings(lang)('pictures')}</summary>
      {open && <Charts collection={collection} lang={lang} />}
    </details>
  );
}
