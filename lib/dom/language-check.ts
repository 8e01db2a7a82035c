/**
 * Whether a page is written in Vietnamese, asked of the browser's XPath engine in one
 * call, as the quick look is (lib/dom/quick-look.ts says why: no element is touched).
 * Under the "Vietnamese pages on every site" grant the bootstrap runs on every page the
 * reader opens, and this is all a French or an English page pays.
 *
 * First the page's `lang`: Vietnamese passes at once, and any other language but English
 * stops there (a French, Chinese or Russian page pays for one attribute). Where it is
 * absent or English (a CMS default such as en-US on a Vietnamese blog), the text's
 * letters: the title, the first h1s and the first paragraphs, each counted as Vietnamese
 * when at least one letter in
 * LETTER_SHARE is one only Vietnamese writes (ă đ ơ ư, a dot below, a hook above, a
 * circumflex or a breve with a tone). A French or English page that names Hồ Chí Minh or
 * Nguyễn in a sentence has far fewer. Precomposed (NFC) and decomposed (NFD) text alike:
 * the combining horn, breve, hook and dot below are Vietnamese letters too.
 */

const LOWER = 'ăđơưảạấầẩẫậắằẳẵặẻẽẹếềểễệỉĩịỏọốồổỗộớờởỡợủũụứừửữựỳỷỹỵ';
/** The same letters in capitals, then the combining marks NFD text spells them with. */
const VIETNAMESE_ONLY = LOWER + LOWER.toUpperCase() + '\u0306\u031B\u0309\u0323';

/** A Vietnamese sentence has one such letter in three to eight; 1 in 30 leaves room for short titles. */
const LETTER_SHARE = 30;
/** The title, an h1 or a paragraph: two of them in Vietnamese make a Vietnamese page. */
const VIETNAMESE_PARTS = 2;
const SAMPLED_PARAGRAPHS = 12;
const MIN_PART = 12;

const LANG = "translate(/html/@lang, 'VIEN', 'vien')";
const DECLARED_VI = `starts-with(${LANG}, 'vi')`;
/** No language said, or English: what a CMS writes by default, so the letters decide. */
const UNDECLARED = `(not(/html/@lang) or ${LANG} = '' or starts-with(${LANG}, 'en'))`;
const VIETNAMESE_PART = `[string-length(normalize-space()) >= ${MIN_PART}][(string-length() - string-length(translate(., '${VIETNAMESE_ONLY}', ''))) * ${LETTER_SHARE} >= string-length(normalize-space())]`;
const PARTS = `(/html/head/title | /descendant::h1[position() <= 2] | /descendant::p[position() <= ${SAMPLED_PARAGRAPHS}])`;

export const VIETNAMESE_PAGE = `${DECLARED_VI} or (${UNDECLARED} and count(${PARTS}${VIETNAMESE_PART}) >= ${VIETNAMESE_PARTS})`;

/** XPathResult.BOOLEAN_TYPE, written out (lib/dom/quick-look.ts says why). */
const BOOLEAN_TYPE = 3;

export function isVietnamesePage(doc: Document): boolean {
  return doc.evaluate(VIETNAMESE_PAGE, doc, null, BOOLEAN_TYPE, null).booleanValue;
}
