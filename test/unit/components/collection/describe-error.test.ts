/** Failures said as plain sentences in the reader's language, never in the browser's or the database's words. */
import { describe, expect, it } from 'vitest';
import { describeError } from '@/components/collection/describe-error';
import { describeProblem, describeRejection } from '@/components/collection/describe-problem';
import { collectionStrings } from '@/components/collection/strings';
import { RequestError } from '@/lib/messaging/messages';
import { StoreError } from '@/lib/store/errors';
import { ImportFileError } from '@/lib/clipping/export-format';

const vi = collectionStrings('vi');
const en = collectionStrings('en');

describe('failures in plain sentences', () => {
  it('says the content script’s refusals in the reader’s language', () => {
    expect(describeError(vi, new RequestError('Annotation is off on this page.'))).toMatch(/^Trang này đang tắt chú giải/);
    expect(describeError(en, new RequestError('Annotation is off on this page.'))).toMatch(/^Annotation is off on this page \(paused/);
    expect(describeError(vi, new RequestError('No article on this page to clip.', 'unsupported'))).toBe('Trang này không có bài báo để lưu (hoặc cần tải lại trang).');
  });

  it('never shows a browser’s or database’s own text', () => {
    const browser = describeError(vi, new TypeError('Could not establish connection. Receiving end does not exist.'));
    expect(browser).toBe('Đã có lỗi; không có gì thay đổi. Hãy thử lại.');
    const database = describeError(vi, new StoreError('storage', 'The database refused the change: UnknownError backing store'));
    expect(database).toBe('Cơ sở dữ liệu không ghi được; những gì đã lưu vẫn còn nguyên.');
    expect(describeError(en, new ImportFileError('not-json', 'Not a JSON file (Unexpected token).'))).toBe('This file is not JSON. Nothing was changed.');
  });

  it('translates a validator’s refusal, naming the field', () => {
    expect(describeError(vi, new RequestError('title: longer than 1000 characters', 'invalid'))).toBe('Dữ liệu không hợp lệ: tiêu đề: dài quá 1000 ký tự.');
    expect(describeError(en, new RequestError('title: longer than 1000 characters', 'invalid'))).toBe('Invalid data: title: is longer than 1000 characters.');
    expect(describeRejection('vi', { index: 0, reason: 'clippings[0].published: expected a real date YYYY-MM-DD, 1900-2100', path: 'clippings[0].published', problem: 'expected a real date YYYY-MM-DD, 1900-2100' })).toBe(
      'Bài số 1 — ngày đăng: phải là một ngày có thật, dạng YYYY-MM-DD',
    );
    expect(describeRejection('en', { index: 2, reason: 'clippings[2].analysis.officials[0].name: expected a string' })).toBe('Record 3 — analysis.officials[0].name: must be text');
    expect(describeProblem('vi', 'something nobody wrote')).toBe('không hợp lệ');
  });
});
