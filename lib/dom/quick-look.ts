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

const lowerCase = (expr: string) => `translate(${expr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`;

const DECLARED = `/html/head/meta[@property = 'og:type' and ${lowerCase('@content')} = 'article'] or /html/head/meta[@property = 'article:published_time']`;

/** Not in a link or a menu, and not in the site's header (a header inside the article or main landmark is the article's own). */
const OUTSIDE_CHROME =
  "not(ancestor::a or ancestor::nav) and not(ancestor::*[self::header or @role = 'banner'][1][not(ancestor::article or ancestor::main or ancestor::*[@role = 'main'])])";

/** A site or section name is a word or two; a headline, a sentence. */
const HEADLINE_LETTERS = 20;
const HEADLINE = `[${OUTSIDE_CHROME}][string-length(normalize-space()) >= ${HEADLINE_LETTERS}]`;

/** Title-classed ("itle" catches Title and title), holding no link, paragraph or block: a listing's titles are links. */
const TITLE_CLASS = "@class[contains(., 'itle') or contains(., 'tieu-de') or contains(., 'eadline')]";
/**
 * How many candidates of each kind get the costly tests (their whole subtree, their
 * ancestors, their text): a listing has hundreds, and a hostile page nests thousands.
 */
const LOOKED_AT = 40;
/** How many elements of each kind have their class read: a headline comes before the thousands of a huge page. */
const READ_AT_MOST = 2000;
// Children before the class (most blocks leave cheaply), then the first few, then the costly tests.
const TITLED = ['h2', 'h3', 'h4', 'div', 'span', 'p'].map(
  (name) =>
    `/descendant::${name}[position() <= ${READ_AT_MOST}][not(a or p or div)][${TITLE_CLASS}][position() <= ${LOOKED_AT}][not(descendant::a or descendant::p or descendant::div)]${HEADLINE}`,
);

const JSON_LD_ARTICLE = "/descendant::script[@type = 'application/ld+json'][contains(., 'Article') or contains(., 'Posting')]";

/**
 * Fields a person types into: not radios and checkboxes (portals carry polls), not search
 * buttons, not selects (portals list their links in drop-downs).
 */
const TYPED = ['text', 'email', 'tel', 'number', 'password', 'date'].map((type) => `${lowerCase('@type')} = '${type}'`).join(' or ');
const FIELDS = `/descendant::input[not(@type) or ${TYPED}] | /descendant::textarea`;
/** A search box and a comment form have five or six; a form page, ten and more. */
const FORM_FIELDS = 10;

/** `or` stops at the first true operand: a declared article costs one look into <head>. */
export const QUICK_LOOK = `${DECLARED} or ((/descendant::h1[position() <= ${LOOKED_AT}]${HEADLINE} or ${TITLED.join(' or ')} or ${JSON_LD_ARTICLE}) and count(${FIELDS}) < ${FORM_FIELDS})`;

/** XPathResult.BOOLEAN_TYPE, written out: reading it would cost the isolated world the XPathResult interface. */
const BOOLEAN_TYPE = 3;

export function mayHoldArticle(doc: Document): boolean {
  return doc.evaluate(QUICK_LOOK, doc, null, BOOLEAN_TYPE, null).booleanValue;
}
