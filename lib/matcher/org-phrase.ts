/**
 * Reads the name of an organisation or place written from `pos`: Vietnamese
 * capitalises the first syllable of each word of a proper name and writes the
 * rest lower case (Bộ Ngoại giao, Ban Tuyên giáo Trung ương, Ủy ban nhân dân tỉnh
 * Cao Bằng), so the phrase is a run of capitalised words, each optionally
 * followed by its lower-case syllable, joined by "và" or a place word.
 */
import { isUpperChar, LETTERS, LETTERS_DIGITS } from '../text/chars';

/** Lower-case words that sit inside organisation names between capitalised ones. */
const INNER_LOWER = new Set([
  'và', 'tỉnh', 'thành', 'phố', 'huyện', 'xã', 'phường', 'quận', 'nhân', 'dân', 'trung', 'ương', 'đối', 'ngoại',
  'công', 'tác', 'thông', 'tin', 'chính', 'trị', 'quốc', 'gia', 'nước', 'về', 'thường', 'trực', 'của',
]);
/** Function words that end the phrase even right after a capitalised word. */
const STOP = new Set([
  'trong', 'với', 'để', 'ngày', 'năm', 'đã', 'đang', 'sẽ', 'cho', 'là', 'có', 'được', 'tại', 'theo', 'từ', 'khi',
  'các', 'những', 'này', 'đó', 'khóa', 'nhiệm', 'lần', 'ban hành', 'đến', 'tới', 'thì', 'mà', 'như', 'nhằm', 'sau',
]);
/** Of the inner words, the ones that may not end the phrase. */
const JOINERS = new Set(['và', 'về', 'của', 'tỉnh', 'thành', 'huyện', 'xã', 'phường', 'quận']);

/** The start of a document kind word after "và". */
const KIND_START = /^\s+(?:Nghị|Quyết|Chỉ|Kết|Quy|Hướng|Thông|Kế|Luật|Công văn|Đề án|Chương trình)\s/u;
const WORD = new RegExp(`[${LETTERS}][${LETTERS_DIGITS}.]*|[0-9]+`, 'y');
const isCap = (w: string) => isUpperChar(w[0]);
const isRomanOrNumber = (w: string) => /^(?:[IVXLC]+|[0-9]+)$/.test(w);

/** End offset of the organisation phrase starting at `pos` (pos itself when there is none). */
export function readOrgPhrase(text: string, pos: number, maxWords = 14): number {
  let at = pos;
  let end = pos;
  let words = 0;
  let lowerRun = 0;
  while (words < maxWords) {
    let p = at;
    while (text.charCodeAt(p) === 32) p++;
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (!m) break;
    const word = m[0].replace(/\.$/, '');
    const wEnd = p + word.length;
    if (isCap(word) || (words > 0 && isRomanOrNumber(word))) {
      lowerRun = 0;
      end = wEnd;
    } else if (words === 0) {
      break;
    } else {
      const lower = word.toLowerCase();
      if (STOP.has(lower)) break;
      // "… của Ban Bí thư và Nghị định 72…": "và" before another document ends the name.
      if (lower === 'và' && KIND_START.test(text.slice(wEnd, wEnd + 14))) break;
      // One lower-case syllable completes the word before it (Ngoại giao); more need to be known inner words.
      if (lowerRun >= 1 && !INNER_LOWER.has(lower)) break;
      if (lowerRun >= 4) break; // "Ủy ban nhân dân tỉnh Cao Bằng"
      lowerRun++;
      if (!JOINERS.has(lower)) end = wEnd;
      if (lower === 'về' || lower === 'của') break;
    }
    words++;
    at = wEnd;
  }
  return end;
}
