import { beforeEach, describe, expect, it } from 'vitest';
import { runNow } from '@/lib/dom/schedule';
import { indexText, rangeOf } from '@/lib/dom/text-index';

const index = (html: string, options = {}) => {
  document.body.innerHTML = html;
  return runNow(indexText([document.body], options));
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('indexing the text of a page', () => {
  it('joins inline elements and starts a new line at each block', () => {
    const { text } = index('<h1>Tiêu đề</h1><p>Đồng chí <b>Lại</b> <a href="#">Xuân Môn</a> phát biểu.</p><ul><li>Một</li><li>Hai</li></ul>');
    expect(text).toBe('Tiêu đề\nĐồng chí Lại Xuân Môn phát biểu.\nMột\nHai\n');
  });

  it('collapses source whitespace and non-breaking spaces the way a reader sees them', () => {
    const { text } = index('<p>\n    Kết luận\u00a0số   57-KL/TW\n  của <i> Bộ Chính trị </i> .</p>');
    expect(text).toBe('Kết luận số 57-KL/TW của Bộ Chính trị .\n');
  });

  it('leaves out scripts, styles, form fields, editors and hidden text', () => {
    const { text } = index(
      '<p>Thấy được</p><script>var a = "Bộ Chính trị";</script><style>p{}</style><textarea>Nháp</textarea>' +
        '<input value="x"><div contenteditable="true">Đang soạn</div><div hidden>Ẩn</div><p style="display:none">Ẩn nữa</p>' +
        '<noscript>Không JS</noscript><p>Cuối</p>',
    );
    expect(text).toBe('Thấy được\nCuối\n');
  });

  it('keeps text that looks like markup as text', () => {
    const { text } = index('<p>&lt;b&gt;Kết luận&lt;/b&gt; &amp; &lt;script&gt;</p>');
    expect(text).toBe('<b>Kết luận</b> & <script>\n');
  });

  it('reads open shadow roots where they sit', () => {
    document.body.innerHTML = '<p>Trước</p><div id="host"></div><p>Sau</p>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Trong bóng <b>Nguyễn Văn A</b></p>';
    const result = runNow(indexText([document.body]));
    expect(result.text).toBe('Trước\nTrong bóng Nguyễn Văn A\nSau\n');
    expect(result.scopes).toEqual([host.shadowRoot]);
  });

  it('stops at the character budget on huge pages', () => {
    const { text } = index(`<p>${'chữ '.repeat(5000)}</p><p>${'nữa '.repeat(5000)}</p>`, { maxChars: 1000 });
    expect(text.length).toBeLessThan(25_000);
    expect(text).not.toContain('nữa');
  });

  it('leaves out what the article finder excludes', () => {
    const { text } = index('<p>Bài</p><div class="related"><p>Tin khác</p></div>', { exclude: (el: Element) => el.classList.contains('related') });
    expect(text).toBe('Bài\n');
  });
});

describe('mapping text offsets back to the page', () => {
  it('gives a Range over a match that crosses inline elements', () => {
    const idx = index('<p>Theo Kết luận số <a href="#"><b>57</b>-KL/TW</a> của Bộ Chính trị</p>');
    const start = idx.text.indexOf('57-KL/TW');
    const range = rangeOf(idx, start, start + '57-KL/TW'.length)!;
    expect(range.toString()).toBe('57-KL/TW');
    expect(range.startContainer.parentElement!.localName).toBe('b');
    expect(range.endContainer.parentElement!.localName).toBe('a');
  });

  it('maps through collapsed whitespace to the original characters', () => {
    const idx = index('<p>\n   ông   Lê\n  Hải   Bình  nói</p>');
    const start = idx.text.indexOf('Lê Hải Bình');
    expect(start).toBeGreaterThan(0);
    const range = rangeOf(idx, start, start + 'Lê Hải Bình'.length)!;
    expect(range.toString()).toBe('Lê\n  Hải   Bình');
  });

  it('refuses a match that would cross from one block to the next', () => {
    const idx = index('<p>Bộ trưởng</p><p>Bùi Thanh Sơn</p>');
    expect(rangeOf(idx, 0, idx.text.indexOf('Sơn') + 3)).toBeNull();
  });

  it('keeps UTF-16 offsets exact for decomposed (NFD) text', () => {
    const nfd = 'Nguyễn Trọng Nghĩa'.normalize('NFD');
    const idx = index(`<p>Đồng chí <span>${nfd}</span> dự</p>`);
    const start = idx.text.indexOf(nfd);
    const range = rangeOf(idx, start, start + nfd.length)!;
    expect(range.toString()).toBe(nfd);
    expect(range.toString().normalize('NFC')).toBe('Nguyễn Trọng Nghĩa');
  });
});
