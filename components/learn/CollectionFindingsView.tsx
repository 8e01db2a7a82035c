/**
 * Findings that come only from the user's collection, as their own section:
 * officials named here in full whom the user's clippings know, directives
 * cited here that only the collection knows, and particulars of the page's
 * directives that the collection adds. Rendered in extension pages only.
 */
import { formatDate } from '@/lib/i18n/format-date';
import type { Lang } from '@/lib/i18n/i18n';
import { plural } from '@/lib/i18n/plural';
import type { CollectionFindings } from '@/lib/learn/findings';
import type { DirectiveParticular } from '@/lib/matcher/types';
import type { LearnText } from './strings';

interface Props {
  findings: CollectionFindings;
  t: LearnText;
  lang: Lang;
  /** Where findings can be marked wrong (a clipping's view): called with the finding. */
  onReject?: (kind: 'official' | 'directive', label: string) => void;
  busy?: boolean;
}

const FIELDS: readonly DirectiveParticular[] = ['kind', 'issuer', 'date', 'subject'];

export const isEmptyFindings = (f: CollectionFindings) => f.officials.length + f.directives.length + f.particulars.length === 0;

export function CollectionFindingsView({ findings, t, lang, onReject, busy }: Props) {
  const reject = (kind: 'official' | 'directive', label: string) =>
    onReject && (
      <button type="button" class="mark-wrong" disabled={busy} aria-label={`${t('markWrongLabel')}: ${label}`} onClick={() => onReject(kind, label)}>
        {t('markWrong')}
      </button>
    );
  const particular = (field: DirectiveParticular, value: string) => `${t(field)}: ${field === 'date' ? formatDate(value, lang) : value}`;
  return (
    <section class="from-collection" aria-labelledby="from-collection-heading" data-learnt>
      <h3 id="from-collection-heading">{t('fromCollection')}</h3>
      <p class="muted from-collection-note">{t('fromCollectionNote')}</p>
      <ul>
        {findings.officials.map((o) => (
          <li key={`o:${o.name}`} class="learnt-official">
            <strong>{o.name}</strong>
            {o.titles.length > 0 && ` — ${o.titles.join('; ')}`} <span class="muted">({plural(lang, o.clippings, t('inClippings'))})</span> {reject('official', o.name)}
          </li>
        ))}
        {findings.directives.map((d) => (
          <li key={`d:${d.id}`} class="learnt-directive">
            <strong>{d.id}</strong>
            {FIELDS.some((f) => d[f]) && ` — ${FIELDS.flatMap((f) => (d[f] ? [particular(f, d[f]!)] : [])).join('; ')}`}{' '}
            <span class="muted">({plural(lang, d.clippings, t('inClippings'))})</span> {reject('directive', d.id)}
          </li>
        ))}
        {findings.particulars.map((p) => (
          <li key={`p:${p.id}`} class="learnt-particulars">
            <strong>{p.id}</strong>
            {` — ${t('knownParticulars')}: ${FIELDS.flatMap((f) => (p.known[f] ? [particular(f, p.known[f]!)] : [])).join('; ')}`}{' '}
            <span class="muted">({plural(lang, p.clippings, t('inClippings'))})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
