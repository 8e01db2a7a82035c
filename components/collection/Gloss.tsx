/**
 * The English beside a Vietnamese name in the English interface ("57-KL/TW
 * (Conclusion)", "Bộ Chính trị (Politburo)"): the glossary (lib/i18n/gloss.ts)
 * explains, the Vietnamese stays what the article wrote. Nothing in Vietnamese.
 */
import type { Lang } from '@/lib/i18n/i18n';

export function Gloss({ lang, english }: { lang: Lang; english: string | undefined }) {
  return lang === 'en' && english ? (
    <span class="gloss" lang="en">
      {' '}({english})
    </span>
  ) : null;
}
