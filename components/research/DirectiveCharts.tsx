/**
 * A directive's pictures: the articles citing it per month, the provinces and
 * sites that took it up, ranked, and the chain of documents that carry it
 * out (lib/research/directive-charts.ts shapes the numbers).
 */
import { ChainTree } from '@/components/charts/ChainTree';
import { ColumnChart } from '@/components/charts/ColumnChart';
import { monthLabel } from '@/components/charts/labels';
import { RankedBars } from '@/components/charts/RankedBars';
import { chartStrings } from '@/components/charts/strings';
import type { Lang } from '@/lib/i18n/i18n';
import type { DirectiveCharts as Charts } from '@/lib/research/directive-charts';
import { routeHash } from '@/lib/research/route';

export function DirectiveCharts({ charts, lang }: { charts: Charts; lang: Lang }) {
  const t = chartStrings(lang);
  const ranked = (items: Charts['sites']) => items.map((c) => ({ label: c.label, count: c.count }));
  return (
    <section class="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{t('pictures')}</h2>
      <ColumnChart id="chart-months" caption={t('perMonth')} head={[t('month'), t('articles')]} bars={charts.months.map((m) => ({ label: monthLabel(m.key, lang), count: m.count }))} t={t} />
      {charts.chain.length > 0 && <ChainTree id="chart-chain" caption={t('chain')} trees={charts.chain} href={(id) => routeHash({ kind: 'directive', id })} t={t} />}
      {charts.provinces.length > 0 ? (
        <RankedBars id="chart-provinces" caption={t('provinces')} head={[t('province'), t('articles')]} bars={ranked(charts.provinces)} t={t} />
      ) : (
        <p class="muted">{t('noProvince')}</p>
      )}
      <RankedBars id="chart-sites" caption={t('sites')} head={[t('site'), t('articles')]} bars={ranked(charts.sites)} t={t} />
    </section>
  );
}
