/**
 * Small pages modelled on the layouts of the listed sites (header menu, article
 * with headline, lead and body, related box, comments, footer). The chrome
 * deliberately names officials and directives too: none of it may be read as
 * the article. Text written for these tests.
 */

export const BODY = [
  'Sáng 12/3, tại Hà Nội, Ban Chỉ đạo công tác thông tin đối ngoại tổ chức hội nghị sơ kết, với sự tham dự của đại diện các bộ, ngành và địa phương trong cả nước.',
  'Phát biểu tại hội nghị, đồng chí Trần Văn Minh, Phó Trưởng ban Tuyên giáo Trung ương, nhấn mạnh yêu cầu đổi mới nội dung, phương thức tuyên truyền, quảng bá hình ảnh đất nước ra thế giới.',
  'Theo báo cáo, các cơ quan đã triển khai Kết luận số 57-KL/TW của Bộ Chính trị, chú trọng nâng cao chất lượng thông tin trên không gian mạng và hợp tác với báo chí nước ngoài.',
  'Hội nghị cũng thảo luận việc thực hiện Nghị quyết số 47/NQ-CP của Chính phủ, trong đó có nhiệm vụ xây dựng cơ sở dữ liệu, tư liệu phục vụ công tác thông tin đối ngoại.',
  'Kết thúc hội nghị, các đại biểu thống nhất nhiều giải pháp cụ thể cho giai đoạn tới, tập trung vào đào tạo đội ngũ làm công tác đối ngoại và ứng dụng chuyển đổi số.',
];
export const TITLE = 'Đổi mới công tác thông tin đối ngoại trong tình hình mới';
export const LEAD = 'Hội nghị sơ kết công tác thông tin đối ngoại đánh giá kết quả đạt được và đề ra nhiệm vụ trọng tâm cho năm tới.';
/** Strings that only appear in page chrome. */
export const CHROME = ['Trang chủ Thời sự', 'Tin liên quan: Bộ trưởng Lê Văn Tám thăm Lào', 'Bình luận của bạn đọc Nguyễn Thị Hoa', 'Bản quyền thuộc về'];

const paragraphs = BODY.map((p) => `<p>${p}</p>`).join('\n');
const head = (og: string) => `<head><meta charset="utf-8"><title>${TITLE} | Báo Điện tử</title>${og}</head>`;

export const SITES: Record<string, { html: string; url: string; published: string | null; author: string | null }> = {
  // vietnamplus.vn-like: BEM classes, JSON-LD NewsArticle, related box inside the body container.
  vietnamplus: {
    url: 'https://www.vietnamplus.vn/doi-moi-cong-tac-thong-tin-doi-ngoai-post1000.vnp',
    published: '2024-03-12T09:30:00+07:00',
    author: 'Minh Anh',
    html: `<!doctype html><html lang="vi">${head(`<link rel="canonical" href="https://www.vietnamplus.vn/doi-moi-cong-tac-thong-tin-doi-ngoai-post1000.vnp">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${TITLE}","datePublished":"2024-03-12T09:30:00+07:00","author":{"@type":"Person","name":"Minh Anh"}}</script>`)}
<body><header class="site-header"><nav class="menu"><a href="/">Trang chủ Thời sự</a></nav></header>
<div class="container"><div class="article">
<h1 class="article__title">${TITLE}</h1><div class="article__meta"><time>12/03/2024 09:30</time></div>
<div class="article__sapo">${LEAD}</div>
<div class="article__body">${paragraphs}
<div class="article__related"><h3>Tin liên quan</h3><ul><li><a href="/a">${CHROME[1]}</a></li></ul></div></div>
<div class="article__tags"><a href="/t">thông tin đối ngoại</a></div>
<div class="comment-box"><p>${CHROME[2]}: bài viết rất hay, cảm ơn tác giả đã phản ánh kịp thời.</p></div>
</div><aside class="sidebar"><p>Đọc nhiều: Thủ tướng Phạm Minh Chính tiếp Đại sứ, cùng nhiều tin nổi bật khác trong ngày.</p></aside></div>
<footer><p>${CHROME[3]} Thông tấn xã Việt Nam. Giấy phép số 1234/GP-BTTTT, ghi rõ nguồn khi phát hành lại.</p></footer></body></html>`,
  },
  // nhandan.vn-like: <article> element, Open Graph only, byline element, dd/mm/yyyy date in the page.
  nhandan: {
    url: 'https://nhandan.vn/doi-moi-post800.html',
    published: '2024-03-12T10:05',
    author: 'Thu Hà',
    html: `<!doctype html><html lang="vi">${head(`<meta property="og:type" content="article"><meta property="og:title" content="${TITLE}"><meta property="og:url" content="https://nhandan.vn/doi-moi-post800.html">`)}
<body><div class="header"><ul class="main-menu"><li>${CHROME[0]}</li></ul></div>
<main><article class="article">
<div class="box-date">Thứ ba, 12/03/2024 - 10:05</div><h1 class="article__title">${TITLE}</h1>
<div class="article__sapo">${LEAD}</div><div class="article__author author">Thu Hà</div>
<div class="article__body">${paragraphs}</div>
<div class="box-related"><a href="/x">${CHROME[1]}</a></div>
</article></main><div class="footer">${CHROME[3]} Báo Nhân Dân, cơ quan trung ương của Đảng Cộng sản Việt Nam.</div></body></html>`,
  },
  // qdnd.vn-like: body in a table cell, lead in bold, meta pubdate, comments in a form.
  qdnd: {
    url: 'https://www.qdnd.vn/chinh-tri/tin-tuc/doi-moi-123',
    published: '2024-03-12T08:00:00+07:00',
    author: null,
    html: `<!doctype html><html lang="vi">${head(`<meta name="pubdate" content="2024-03-12T08:00:00+07:00"><meta property="og:type" content="article"><meta property="og:url" content="https://www.qdnd.vn/chinh-tri/tin-tuc/doi-moi-123">`)}
<body><table class="layout"><tr><td class="nav"><a href="/">${CHROME[0]}</a></td></tr>
<tr><td class="post-content"><h1>${TITLE}</h1><p class="post-summary"><strong>${LEAD}</strong></p>${paragraphs}</td></tr></table>
<form class="comment-form"><p>${CHROME[2]} viết: ủng hộ chủ trương đúng đắn của Đảng và Nhà nước ta trong giai đoạn mới.</p><textarea></textarea></form>
<div id="footer">${CHROME[3]} Báo Quân đội nhân dân.</div></body></html>`,
  },
};

/** A section page: many teasers, each a linked headline and a short summary. Not an article. */
export function listingPage(): string {
  const teasers = Array.from(
    { length: 20 },
    (_, i) =>
      `<article class="item-news"><h3 class="title-news"><a href="/tin-${i}.html">Tin số ${i}: hội nghị về thông tin đối ngoại tại tỉnh ${i}</a></h3>` +
      `<p class="description"><a href="/tin-${i}.html">Tóm tắt tin số ${i}, với vài câu giới thiệu nội dung chính của bài viết, cập nhật trong ngày.</a></p></article>`,
  ).join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thời sự</title><meta property="og:type" content="website"></head>
<body><nav><a href="/">${CHROME[0]}</a></nav><section class="section-list">${teasers}</section><footer>${CHROME[3]}</footer></body></html>`;
}
