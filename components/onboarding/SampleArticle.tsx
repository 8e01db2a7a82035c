import type { Lang } from '@/lib/i18n/i18n';
import type { Analysis, EvidenceKind } from '@/lib/matcher/types';
import { fill, onboardingStrings, type OnboardingKey } from './strings';
import type { JSX } from 'preact';
import { formatDate, paragraphRuns, type RunKind } from './sample';

export interface SampleArticleProps {
  lang: Lang;
  /** The passage, as the matcher read it. */
  text: string;
  analysis: Analysis;
  /** The verdict threshold in [0, 1]. */
  threshold: number;
}

const EVIDENCE_SHOWN = 8;
const evidenceKey: Record<EvidenceKind, OnboardingKey> = {
  term: 'evidenceTerm',
  directive: 'evidenceDirective',
  official: 'evidenceOfficial',
};
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The verdict and its score against the threshold, in words: the full sample and the first screen's one line say the same. */
export function verdictWords(lang: Lang, { isForeignInfo, score }: Analysis['foreignInfo'], threshold: number) {
  const t = onboardingStrings(lang);
  return {
    verdict: isForeignInfo ? t('verdictYes') : t('verdictNo'),
    score: fill(score >= threshold ? t('scoreAbove') : t('scoreBelow'), { score: percent(score), threshold: percent(threshold) }),
  };
}

/** The passage with its officials and directives highlighted, the verdict and what was found. Text is rendered as text only. */
export function SampleArticle({ lang, text, analysis, threshold }: SampleArticleProps) {
  const t = onboardingStrings(lang);
  const { foreignInfo, officials, directives } = analysis;
  const found = officials.length + directives.length;
  const words = verdictWords(lang, foreignInfo, threshold);
  return (
    <div class="sample">
      <p class="legend" aria-label={t('legend')}>
        <mark class="hl hl-official">{t('official')}</mark> <mark class="hl hl-directive">{t('directive')}</mark>
      </p>
      <article class="sample-text" aria-label={t('sampleLabel')} lang="vi">
        {paragraphRuns(text, analysis).map((runs, i) => {
          const Tag = i === 0 ? 'h3' : 'p';
          return (
            <Tag key={i}>
              {runs.map((run, j) =>
                run.kind ? (
                  <mark key={j} class={`hl hl-${run.kind}`} data-kind={run.kind} title={`${t(run.kind)}: ${run.label}`}>
                    {run.text}
                  </mark>
                ) : (
                  run.text
                ),
              )}
            </Tag>
          );
        })}
      </article>

      <section class={`verdict ${foreignInfo.isForeignInfo ? 'yes' : 'no'}`} aria-labelledby="sample-verdict">
        <h3 id="sample-verdict">{words.verdict}</h3>
        <p class="score">{words.score}</p>
        <h4>{t('evidence')}</h4>
        <ul class="evidence">
          {foreignInfo.evidence.slice(0, EVIDENCE_SHOWN).map((e) => (
            <li key={`${e.kind}:${e.label}`}>
              <span class="evidence-label" lang="vi">
                {e.label}
              </span>{' '}
              <span class="muted">
                {t(evidenceKey[e.kind])}, {fill(t('times'), { n: e.count })}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <div class="found">
        <FoundList kind="official" heading={t('officialsFound')} none={t('none')}>
          {officials.map((o) => (
            <li key={o.name} lang="vi">
              <strong>{o.name}</strong>
              {o.titles.length > 0 && <span class="muted"> — {o.titles.join('; ')}</span>}
            </li>
          ))}
        </FoundList>
        <FoundList kind="directive" heading={t('directivesFound')} none={t('none')}>
          {directives.map((d) => (
            <li key={d.id}>
              <strong>{d.id}</strong>
              <span class="muted">
                {' — '}
                {[d.kind, d.issuer, d.date && formatDate(d.date, lang)].filter(Boolean).join(', ')}
              </span>
              {d.subject && (
                <span class="subject" lang="vi">
                  {d.subject}
                </span>
              )}
            </li>
          ))}
        </FoundList>
      </div>

      <p class="badge-note">
        <span class="toolbar-icon" aria-hidden="true">
          <img src="/icon/32.png" width="32" height="32" alt="" />
          <span class="badge">{found}</span>
        </span>
        {fill(t('badge'), { n: found })}
      </p>
    </div>
  );
}

/** One kind of finding, under a heading with its colour; "none" when the list is empty. */
function FoundList({ kind, heading, none, children }: { kind: RunKind; heading: string; none: string; children: JSX.Element[] }) {
  const id = `sample-${kind}s`;
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>
        <span class={`swatch hl-${kind}`} aria-hidden="true" /> {heading}
      </h4>
      {children.length === 0 ? <p class="muted">{none}</p> : <ul class={`${kind}s`}>{children}</ul>}
    </section>
  );
}
