/**
 * Counted words by the language's own plural rules (Intl.PluralRules), so English says
 * "1 article" and "2 articles" while Vietnamese, which has one form, says "1 bài".
 * A dictionary writes a counted phrase as its forms joined by "|", in the order of
 * CLDR's categories the language uses (English: one|other), with {n} for the count:
 * "{n} article|{n} articles", "{n} bài".
 */
import type { Lang } from './lang';

const rules = new Map<Lang, Intl.PluralRules>();
const CATEGORY_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The phrase's form for `n`, with the count written in: plural('en', 1, '{n} article|{n} articles') → "1 article". */
export function plural(lang: Lang, n: number, forms: string): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const categories = CATEGORY_ORDER.filter((c) => rule.resolvedOptions().pluralCategories.includes(c));
  const written = forms.split('|');
  const form = written[categories.indexOf(rule.select(n))] ?? written[written.length - 1] ?? forms;
  return form.replaceAll('{n}', String(n));
}
