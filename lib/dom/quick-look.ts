/**
 * The bootstrap's quick look: whether a page may hold an article, asked of the
 * browser's XPath engine in one call that answers yes or no.
 *
 * A page may hold one when it declares one in <head> (Open Graph type, its publication
 * time), names an Article type in a JSON-LD block, or has a sentence-long headline (an
 * h1, or a title-classed heading as portal CMSs use) outside links, menus and the page's
 * own header. Home pages, section listings and forms (a site or section name in the h1,
 * or none; many fields to fill in) stop here, before the finder reads the page. A page
 * that passes still has to satisfy the finder (lib/dom/article.ts).
 *
 * Why XPath: the bootstrap runs in a fresh isolated world on every page of the covered
 * sites, and there the first element a script touches costs about 0.4 ms of bindings,
 * twice what the query costs (bench/reach.bench.ts). A boolean XPath answer touches no
 * element. Only Chromium and Firefox have XPath, so this is tested in Chromium
 * (test/e2e/quick-look.test.ts), not in happy-dom.
 */

// The browser parses this expression on every page: each test is written once, and short.

/** Lower-cases the given letters, those of the words compared against (XPath 1.0 has no lower-case()). */
const lowerCase = (expr: string, letters: string) => `translate(${expr}, '${letters.toUpperCase()}', '${letters}')`;

const DECLARED = `/html/head/meta[@property = 'og:type' and ${lowerCase('@content', 'articel')} = 'article' or @property = 'article:published_time']`;

/**
 * Title-classed headings ("itle" catches Title and title) holding no link, paragraph or
 * block: a listing's titles are links. Children are looked at before the class (most
 * blocks leave cheaply); only the first READ_AT_MOST of each kind have their class read,
 * and only the first LOOKED_AT get the costly tests (subtree, ancestors, text): a listing
 * has hundreds, a hostile page nests thousands, and a headline comes before them.
 */
const READ_AT_MOST = 2000;
const LOOKED_AT = 40;
const TITLE_CLASS = "@class[contains(., 'itle') or contains(., 'tieu-de') or contains(., 'eadline')]";
const TITLED = `(${['h2', 'h3', 'h4', 'div', 'span', 'p']
  .map((name) => `/descendant::${name}[position() <= ${READ_AT_MOST}][not(a or p or div)][${TITLE_CLASS}][position() <= ${LOOKED_AT}]`)
  .join(' | ')})[not(descendant::a or descendant::p or descendant::div)]`;

/** Not in a link or a menu, and not in the site's header (a header inside the article or main landmark is the article's own). */
const OUTSIDE_CHROME =
  "not(ancestor::a or ancestor::nav or ancestor::*[self::header or @role = 'banner'][1][not(ancestor::article or ancestor::main or ancestor::*[@role = 'main'])])";
/** A site or section name is a word or two; a headline, a sentence. */
const HEADLINE_LETTERS = 20;
const HEADLINES = `(/descendant::h1[position() <= ${LOOKED_AT}] | ${TITLED})[${OUTSIDE_CHROME}][string-length(normalize-space()) >= ${HEADLINE_LETTERS}]`;

const JSON_LD_ARTICLE = "/descendant::script[@type = 'application/ld+json'][contains(., 'Article') or contains(., 'Posting')]";

/**
 * Fields a person types into: not radios and checkboxes (portals carry polls), not search
 * buttons, not selects (portals list their links in drop-downs).
 */
const TYPED = 'text email tel number password date';
const FIELDS = `/descendant::input[not(@type) or contains(' ${TYPED} ', concat(' ', ${lowerCase('@type', 'texmailnubrpswod')}, ' '))] | /descendant::textarea`;
/** A search box and a comment form have five or six; a form page, ten and more. */
const FORM_FIELDS = 10;

/** `or` stops at the first true operand: a declared article costs one look into <head>. */
export const QUICK_LOOK = `${DECLARED} or (${HEADLINES} or ${JSON_LD_ARTICLE}) and count(${FIELDS}) < ${FORM_FIELDS}`;

/** XPathResult.BOOLEAN_TYPE, written out: reading it would cost the isolated world the XPathResult interface. */
const BOOLEAN_TYPE = 3;

export function mayHoldArticle(doc: Document): boolean {
  return doc.evaluate(QUICK_LOOK, doc, null, BOOLEAN_TYPE, null).booleanValue;
}
