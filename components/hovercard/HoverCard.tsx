import type { Directive, Official } from '@/lib/matcher/types';
import type { Lang } from '@/lib/i18n';
import { cardStrings } from './strings';

export type CardSubject = { kind: 'official'; official: Official } | { kind: 'directive'; directive: Directive };

export interface HoverCardProps {
  lang: Lang;
  subject: CardSubject;
  /** Clipped articles that mention the directive; undefined while unknown or when the collection cannot say. */
  clippedCount?: number;
}

/** What a highlight means: an official's titles, or a directive's particulars. Page text is rendered as text only. */
export function HoverCard({ lang, subject, clippedCount }: HoverCardProps) {
  const t = cardStrings(lang);
  if (subject.kind === 'official') {
    const { official } = subject;
    return (
      <div class="card official" role="tooltip" lang={lang}>
        <div class="kind">{t('official')}</div>
        <div class="name">{official.name}</div>
        {official.titles.length > 0 ? (
          <ul class="titles" aria-label={t('titles')}>
            {official.titles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('noTitles')}</p>
        )}
        <p class="muted">
          {t('mentions')}: {official.mentions.length}
        </p>
      </div>
    );
  }
  const { directive } = subject;
  const row = (label: string, value: string | null) => (
    <>
      <dt>{label}</dt>
      <dd class={value ? '' : 'muted'}>{value ?? t('unknown')}</dd>
    </>
  );
  return (
    <div class="card directive" role="tooltip" lang={lang}>
      <div class="kind">{t('directive')}</div>
      <div class="name">{directive.id}</div>
      <dl>
        {row(t('kind'), directive.kind)}
        {row(t('issuer'), directive.issuer)}
        {row(t('date'), directive.date)}
        {row(t('subject'), directive.subject)}
        {clippedCount !== undefined && row(t('clippedCount'), String(clippedCount))}
      </dl>
    </div>
  );
}

export const CARD_CSS = `
/* The host is a 0 × 0 point at the corner; the card is placed inside the closed root (see entrypoints/content/ui.tsx). */
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; display: block; left: 0; top: 0; width: 0; height: 0; }
:host([hidden]) { display: none; }
.card { position: fixed; box-sizing: border-box; max-width: 340px; min-width: 200px; padding: 10px 12px; border-radius: 8px;
  background: #ffffff; color: #1c1917; border: 1px solid #a8a29e; box-shadow: 0 6px 24px rgba(0,0,0,.25);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.official { border-top: 4px solid #d97706; }
.directive { border-top: 4px solid #0284c7; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #57534e; }
.name { font-weight: 700; font-size: 15px; margin: 2px 0 6px; }
.titles { margin: 0; padding-left: 18px; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; }
dt { color: #57534e; }
dd { margin: 0; }
.muted { color: #78716c; margin: 6px 0 0; }
dd.muted { margin: 0; font-style: italic; }
`;
