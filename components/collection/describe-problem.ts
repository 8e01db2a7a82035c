/**
 * A validator's refusal (lib/base/validate.ts, lib/clipping/validate-clipping.ts: a
 * field path and an English problem) as a sentence in the reader's language.
 * The path names a field of the export format, the same in both languages; the
 * problem is one of the validators' fixed phrasings, matched here.
 */
import type { Lang } from '@/lib/i18n/i18n';

type Phrase = [RegExp, (m: RegExpExecArray) => string];

const PROBLEMS: Record<Lang, Phrase[]> = {
  vi: [
    [/^expected a string/, () => 'phải là văn bản'],
    [/^longer than (\d+) characters/, (m) => `dài quá ${m[1]} ký tự`],
    [/^expected a number/, () => 'phải là một số'],
    [/^out of range \[(.+), (.+)\]/, (m) => `nằm ngoài khoảng ${m[1]} đến ${m[2]}`],
    [/^expected an integer/, () => 'phải là số nguyên'],
    [/^expected true or false/, () => 'phải là đúng (true) hoặc sai (false)'],
    [/^expected one of (.+)/, (m) => `phải là một trong: ${m[1]}`],
    [/^expected a list/, () => 'phải là một danh sách'],
    [/^more than (\d+) items/, (m) => `có hơn ${m[1]} mục`],
    [/^expected an object/, () => 'phải là một bản ghi'],
    [/^expected an http\(s\) address/, () => 'phải là địa chỉ http(s) như trình duyệt viết'],
    [/^expected a real date/, () => 'phải là một ngày có thật, dạng YYYY-MM-DD'],
    [/^expected an ISO 8601/, () => 'phải là ngày giờ theo chuẩn ISO 8601'],
    [/^only http and https/, () => 'chỉ nhận trang http và https'],
    [/^not a URL/, () => 'không phải địa chỉ web hợp lệ'],
    [/^is missing/, () => 'bị thiếu'],
    [/^must not be empty/, () => 'không được để trống'],
    [/^offsets (\d+)-(\d+) fall outside the text \((\d+) characters\)/, (m) => `vị trí ${m[1]}–${m[2]} nằm ngoài văn bản (${m[3]} ký tự)`],
  ],
  en: [
    [/^expected a string/, () => 'must be text'],
    [/^longer than (\d+) characters/, (m) => `is longer than ${m[1]} characters`],
    [/^expected a number/, () => 'must be a number'],
    [/^out of range \[(.+), (.+)\]/, (m) => `is outside ${m[1]} to ${m[2]}`],
    [/^expected an integer/, () => 'must be a whole number'],
    [/^expected true or false/, () => 'must be true or false'],
    [/^expected one of (.+)/, (m) => `must be one of: ${m[1]}`],
    [/^expected a list/, () => 'must be a list'],
    [/^more than (\d+) items/, (m) => `has more than ${m[1]} items`],
    [/^expected an object/, () => 'must be a record'],
    [/^expected an http\(s\) address/, () => 'must be an http(s) address as a browser writes it'],
    [/^expected a real date/, () => 'must be a real date, YYYY-MM-DD'],
    [/^expected an ISO 8601/, () => 'must be an ISO 8601 date-time'],
    [/^only http and https/, () => 'only http and https pages are taken'],
    [/^not a URL/, () => 'is not a web address'],
    [/^is missing/, () => 'is missing'],
    [/^must not be empty/, () => 'must not be empty'],
    [/^offsets (\d+)-(\d+) fall outside the text \((\d+) characters\)/, (m) => `offsets ${m[1]}–${m[2]} fall outside the text (${m[3]} characters)`],
  ],
};

const UNKNOWN: Record<Lang, string> = { vi: 'không hợp lệ', en: 'is not valid' };

/** The export format's top-level fields, as the Vietnamese UI names them (English keeps the format's own names). */
const FIELDS_VI: Record<string, string> = {
  id: 'mã',
  url: 'địa chỉ',
  canonicalUrl: 'địa chỉ gốc',
  title: 'tiêu đề',
  text: 'nội dung',
  site: 'trang báo',
  author: 'tác giả',
  published: 'ngày đăng',
  clippedAt: 'ngày lưu',
  updatedAt: 'ngày sửa',
  note: 'ghi chú',
  tags: 'nhãn',
  analysis: 'kết quả phân tích',
  exportedAt: 'ngày xuất',
  version: 'phiên bản',
};

/** A field path ("title", "analysis.officials[0].name") in the reader's language. */
export function describeField(lang: Lang, path: string): string {
  if (lang === 'en') return path;
  const m = /^(\w+)(.*)$/.exec(path);
  const name = m && FIELDS_VI[m[1]!];
  if (!m || !name) return path;
  return m[2] ? `${name} (${path})` : name;
}

/** What was wrong with a field, in the reader's language ("phải là văn bản"). */
export function describeProblem(lang: Lang, problem: string): string {
  for (const [pattern, say] of PROBLEMS[lang]) {
    const m = pattern.exec(problem);
    if (m) return say(m);
  }
  return UNKNOWN[lang];
}

/** "Bài số 2 — text: phải là văn bản": the record (counted from 1), its field, and the problem. */
export function describeRejection(lang: Lang, rejection: { index: number; reason: string; path?: string; problem?: string }): string {
  // Reports from before path and problem were kept carry only the reason, "path: problem".
  const parsed = /^([\w.[\]]+): (.+)$/.exec(rejection.reason);
  const path = rejection.path ?? parsed?.[1] ?? '';
  const problem = rejection.problem ?? parsed?.[2] ?? rejection.reason;
  const field = describeField(lang, path.replace(/^clippings\[\d+\]\.?/, ''));
  const what = describeProblem(lang, problem);
  const record = lang === 'vi' ? `Bài số ${rejection.index + 1}` : `Record ${rejection.index + 1}`;
  return field ? `${record} — ${field}: ${what}` : `${record}: ${what}`;
}
