/**
 * The popup's verdict line: the same sentence the in-page panel shows (score,
 * threshold, and which side of it), from the panel's own wording, so the two
 * never disagree.
 */
import { verdictSentence } from '@/components/panel/Panel';
import { panelStrings } from '@/components/panel/strings';
import type { Lang } from '@/lib/i18n/i18n';
import type { PageSummary } from '@/lib/clipping/types';

export function verdictLine(lang: Lang, page: Pick<PageSummary, 'isForeignInfo' | 'score'>, threshold: number): string {
  return verdictSentence(panelStrings(lang), { isForeignInfo: page.isForeignInfo, score: page.score, evidence: [] }, threshold);
}
