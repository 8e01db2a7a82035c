/**
 * The shapes the first reach fixtures (reach-fixtures.ts) left out: short briefs (one
 * paragraph under a headline), a declared one-paragraph item, a document shown line by
 * line, an official's profile with one title a line; Vietnamese articles outside .vn (a
 * .com site, a blog, a foreign service's Vietnamese section); French and English articles
 * that name Vietnamese people; and pages that are still not articles although they
 * declare one or hold many lines (a listing claiming og:type=article, a list of links, a
 * table of figures). All text written for these tests; names of people are invented.
 */
import { doc, escape, footer, FOOTER_TEXT, menu, MOST_READ, paragraphs, related, RELATED, sidebar, TEASERS, teaserItems, type ArticleFixture, type ReachPage } from './reach-fixtures';

/** The official each article names, as the annotator must paint it (null: none it can tell), and a directive where it names one. */
export interface ShortFixture extends ArticleFixture {
  official: string | null;
  directive?: string;
}

const OTHER_NEWS = `<div class="box-other"><h3 class="title-box">Tin cùng chuyên mục</h3>${MOST_READ.map((t, i) => `<div class="item"><h3><a href="/k${i}.html">${t}</a></h3></div>`).join('')}</div>`;

/** A provincial brief: one <article>, a headline, one paragraph of under 250 characters, undeclared. */
export const shortBrief: ShortFixture = (() => {
  const title = 'Tỉnh ủy quán triệt Chỉ thị về công tác thông tin đối ngoại';
  const body = ['Sáng 3/7, đồng chí Lê Văn Định, Bí thư Tỉnh ủy, chủ trì hội nghị quán triệt Chỉ thị số 45-CT/TW của Ban Bí thư tới cán bộ chủ chốt toàn tỉnh.'];
  return {
    name: 'short-brief',
    host: 'baoquangtri.vn',
    path: '/chinh-tri/tinh-uy-quan-triet-chi-thi-190000.htm',
    title,
    body,
    official: 'Lê Văn Định',
    chrome: [FOOTER_TEXT, MOST_READ[0]!],
    html: doc(
      title,
      '',
      `<header>${menu()}</header><div class="wrap"><div class="col-main"><article class="article"><h1 class="article__title">${title}</h1><div class="article__meta">03/07/2025 09:10</div><div class="article__body">${paragraphs(body)}</div></article>
${OTHER_NEWS}</div>${sidebar}</div>${footer('Báo Quảng Trị')}`,
    ),
  };
})();

/** A Party committee's item, declared by og:type, one paragraph; its related teasers sit in a related box. */
export const declaredItem: ShortFixture = (() => {
  const title = 'Thành ủy gặp mặt phóng viên báo chí nước ngoài đầu xuân';
  const body = ['Chiều 6/2, đồng chí Trần Thị Minh Nguyệt, Phó Bí thư Thành ủy, gặp mặt đại diện các văn phòng báo chí nước ngoài, thông tin về việc thực hiện Nghị quyết số 59-NQ/TW về hội nhập quốc tế.'];
  return {
    name: 'declared-item',
    host: 'hanoi.dcs.vn',
    path: '/tin-tuc/thanh-uy-gap-mat-phong-vien-nuoc-ngoai-5012.html',
    title,
    body,
    official: 'Trần Thị Minh Nguyệt',
    chrome: [FOOTER_TEXT, TEASERS[0]![1]!],
    html: doc(
      title,
      `<meta property="og:type" content="article"><meta property="og:title" content="${escape(title)}">`,
      `<header>${menu()}</header><div class="container"><div class="news-detail"><h1 class="news-title">${title}</h1><div class="news-date">06/02/2025</div><div class="news-content">${paragraphs(body)}</div>
<div class="related-news"><h3>Tin liên quan</h3>${TEASERS.slice(0, 3).map(([t, s], i) => `<div class="rel"><h4><a href="/r${i}.html">${t}</a></h4><p>${s}</p></div>`).join('')}</div></div>${sidebar}</div>${footer('Đảng bộ Thành phố')}`,
    ),
  };
})();

/** A legal-document site showing a plan line by line: a header table, one sentence, numbered items, the signature. */
export const documentPage: ShortFixture = (() => {
  const title = 'Kế hoạch số 112-KH/TU thực hiện Kết luận số 57-KL/TW về công tác thông tin đối ngoại';
  const items = [
    'Tổ chức hội nghị quán triệt Kết luận số 57-KL/TW đến cán bộ chủ chốt',
    'Xây dựng chuyên mục thông tin đối ngoại trên báo và đài của tỉnh',
    'Biên soạn tài liệu giới thiệu tỉnh bằng tiếng Anh, tiếng Lào',
    'Bồi dưỡng kỹ năng phát ngôn cho người đứng đầu các sở, ngành',
    'Phối hợp với cơ quan đại diện Việt Nam ở nước ngoài quảng bá du lịch',
    'Cung cấp thông tin cho phóng viên nước ngoài đến tác nghiệp',
    'Đấu tranh phản bác thông tin sai lệch trên không gian mạng',
    'Sơ kết, đánh giá việc thực hiện kế hoạch vào cuối năm',
    'Giao Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc thực hiện',
  ];
  const body = ['Thực hiện Kết luận số 57-KL/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:', ...items];
  return {
    name: 'document-page',
    host: 'vbpl.vn',
    path: '/tinhuy/Pages/vbpq-toanvan-112.aspx',
    title,
    body,
    // The signature's name stands on a line of its own, under its title: no official to paint there.
    official: null,
    directive: 'Kết luận số 57-KL/TW',
    chrome: [FOOTER_TEXT, 'Văn bản liên quan'],
    html: doc(
      title,
      '',
      `<header>${menu()}</header><div class="container"><div class="vb-detail"><h1 class="vb-title">${title}</h1><div class="toanvan">
<table class="vb-header"><tr><td>TỈNH ỦY HÀ TĨNH</td><td>ĐẢNG CỘNG SẢN VIỆT NAM</td></tr><tr><td>Số 112-KH/TU</td><td>Hà Tĩnh, ngày 10 tháng 3 năm 2025</td></tr></table>
<p class="vb-center"><b>KẾ HOẠCH</b></p><p>${body[0]}</p><ol>${items.map((i) => `<li>${i}.</li>`).join('')}</ol>
<p class="sign">T/M BAN THƯỜNG VỤ</p><p class="sign">PHÓ BÍ THƯ</p><p class="sign">Nguyễn Văn Thái</p></div>
<div class="vb-lienquan"><b>Văn bản liên quan</b><ul>${RELATED.map((t, i) => `<li><a href="/vb${i}">${t}</a></li>`).join('')}</ul></div></div>${sidebar}</div>${footer('Cơ sở dữ liệu văn bản')}`,
    ),
  };
})();

/** An official's profile: a headline, facts as a definition list, the career one title a line. */
export const authorProfile: ShortFixture = (() => {
  const title = 'Tiểu sử đồng chí Lê Hoàng Minh, Bí thư Tỉnh ủy';
  const lines = [
    'Họ và tên: Lê Hoàng Minh',
    'Quê quán: xã Cẩm Bình, tỉnh Hà Tĩnh',
    'Trình độ: Tiến sĩ Quan hệ quốc tế',
    '1990 - 1996: Chuyên viên Sở Ngoại vụ',
    '1996 - 2005: Phó Giám đốc Sở Ngoại vụ',
    '2005 - 2012: Giám đốc Sở Ngoại vụ',
    '2012 - 2016: Phó Chủ tịch UBND tỉnh',
    '2016 - 2020: Phó Bí thư Tỉnh ủy',
    '2020 - nay: Bí thư Tỉnh ủy',
  ];
  return {
    name: 'author-profile',
    host: 'quochoi.vn',
    path: '/dai-bieu/tieu-su-le-hoang-minh',
    title,
    body: lines,
    official: 'Lê Hoàng Minh',
    chrome: [FOOTER_TEXT],
    html: doc(
      title,
      '',
      `<header>${menu()}</header><div class="container"><div class="profile"><h1 class="profile-name">${title}</h1><img alt="Ảnh chân dung" src="data:,">
<dl class="facts">${lines.slice(0, 3).map((l) => `<dd>${l}</dd>`).join('')}</dl><h2>Quá trình công tác</h2><ul class="career">${lines.slice(3).map((l) => `<li>${l}</li>`).join('')}</ul></div>${sidebar}</div>${footer('Quốc hội')}`,
    ),
  };
})();

const vietnameseArticle = (name: string, host: string, path: string, lang: string | null, markup: (title: string, body: string[]) => string): ShortFixture => {
  const title = 'Đoàn thanh niên kiều bào về thăm quê hương, tìm hiểu lịch sử dân tộc';
  const body = [
    'Ngày 15/7, đoàn 120 thanh niên kiều bào từ nhiều quốc gia đã về thăm quê hương, tham quan các di tích lịch sử và giao lưu với sinh viên trong nước.',
    'Tiếp đoàn, đồng chí Phạm Quang Vinh, Thứ trưởng Bộ Ngoại giao, mong các bạn trẻ tiếp tục là cầu nối hữu nghị, giới thiệu hình ảnh Việt Nam tới bạn bè quốc tế.',
    'Chương trình góp phần thực hiện Kết luận số 12-KL/TW của Bộ Chính trị về công tác người Việt Nam ở nước ngoài trong tình hình mới.',
  ];
  const html = doc(title, '', markup(title, body));
  return { name, host, path, title, body, official: 'Phạm Quang Vinh', chrome: [FOOTER_TEXT], html: lang === null ? html.replace(' lang="vi"', '') : html.replace('lang="vi"', `lang="${lang}"`) };
};

/** A Vietnamese news site on .com, outside the list and outside .vn. */
export const comArticle = vietnameseArticle('com-site', 'www.tinkieubao-mau.com', '/tin-tuc/doan-thanh-nien-kieu-bao-ve-tham-que-huong.html', 'vi', (title, body) =>
  `<header>${menu()}</header><div class="content"><div class="post"><h1 class="post-title">${title}</h1><div class="post-content">${paragraphs(body)}</div>${related(RELATED)}</div>${sidebar}</div>${footer('Tin Kiều Bào')}`,
);

/** A Vietnamese blog on Blogger, with no lang at all: the language check reads its letters. */
export const blogArticle = vietnameseArticle('blog', 'thoisu-mau.blogspot.com', '/2025/07/doan-thanh-nien-kieu-bao.html', null, (title, body) =>
  `<div class="header-outer"><h1 class="title"><a href="/">Thời sự mỗi ngày</a></h1></div><div class="main-outer"><div class="post hentry"><h3 class="post-title entry-title">${title}</h3><div class="post-header">Đăng lúc 15/7/2025</div><div class="post-body entry-content">${body.map((b) => `<div>${b}</div><br>`).join('')}</div><div class="post-footer">Nhãn: kiều bào</div></div></div>${footer('Blogger')}`,
);

/** A foreign service's Vietnamese section, and an English page on the same host. */
export const serviceArticle = vietnameseArticle('service-vietnamese', 'www.bbc.com', '/vietnamese/articles/c0tin-kieu-bao', 'vi', (title, body) =>
  `<header><nav><a href="/vietnamese">BBC News Tiếng Việt</a></nav></header><main role="main"><article><header><h1>${title}</h1></header>${paragraphs(body)}</article></main>${footer('BBC')}`,
);

const foreign = (name: string, host: string, path: string, lang: string, title: string, body: string[]): ReachPage => ({
  name,
  host,
  path,
  html: doc(title, '<meta property="og:type" content="article">', `<header><nav><a href="/">Home</a></nav></header><main><article><h1>${title}</h1>${paragraphs(body)}</article></main>`).replace('lang="vi"', `lang="${lang}"`),
});

/** An English report that names Vietnamese people and places with their diacritics. */
export const englishArticle = foreign('english', 'www.world-news-example.net', '/asia/vietnam-youth-delegation', 'en', 'Overseas Vietnamese youth delegation visits Hà Nội', [
  'A delegation of 120 young overseas Vietnamese arrived in Hà Nội on Tuesday, where Deputy Foreign Minister Phạm Quang Vinh welcomed them at a reception.',
  'The visitors will travel to Huế and Thành phố Hồ Chí Minh over the next week, meeting students and touring historical sites.',
  'Officials said the programme follows a Politburo conclusion on overseas Vietnamese affairs adopted earlier this year.',
]);

/** The same report in French. */
export const frenchArticle = foreign('french', 'www.actualites-exemple.com', '/monde/asie/delegation-jeunes-vietnamiens', 'fr', 'Une délégation de jeunes Vietnamiens de l’étranger reçue à Hà Nội', [
  'Une délégation de 120 jeunes Vietnamiens de l’étranger est arrivée mardi à Hà Nội, où le vice-ministre des Affaires étrangères Phạm Quang Vinh les a reçus.',
  'Les visiteurs se rendront à Huế puis à Hồ Chí Minh-Ville la semaine prochaine, pour rencontrer des étudiants et visiter des sites historiques.',
  'Selon les autorités, le programme fait suite à une conclusion du Bureau politique sur les Vietnamiens de l’étranger adoptée cette année.',
]);

/** An English page on the foreign service's host: outside its Vietnamese section. */
export const serviceEnglish: ReachPage = { ...englishArticle, name: 'service-english', host: 'www.bbc.com', path: '/news/articles/c0youth-delegation' };

export const SHORT_AND_LIST: ShortFixture[] = [shortBrief, declaredItem, documentPage, authorProfile];
export const OUTSIDE_VN: ShortFixture[] = [comArticle, blogArticle];

/** Pages that declare an article or hold many lines, and still are not articles. */
export const MORE_NON_ARTICLES: ReachPage[] = [
  {
    name: 'declared-listing',
    host: 'baoquangtri.vn',
    path: '/chinh-tri/',
    html: doc('Chính trị - Báo Quảng Trị', '<meta property="og:type" content="article">', `<header>${menu()}</header><div class="wrap"><h1 class="cat-title">Chính trị</h1><div class="cat-list">${teaserItems(true)}</div>${sidebar}</div>${footer('Báo Quảng Trị')}`),
  },
  {
    name: 'declared-tag-page',
    host: 'hanoi.dcs.vn',
    path: '/tag/doi-ngoai',
    html: doc('Đối ngoại', '<meta property="og:type" content="article">', `<header>${menu()}</header><div class="container"><h1 class="tag-name">Chủ đề: Thông tin đối ngoại của Thành ủy</h1><ul class="list-news">${TEASERS.map(([t, s], i) => `<li><h3><a href="/v${i}.htm">${t}</a></h3><p>${s}</p></li>`).join('')}</ul></div>${footer('Đảng bộ Thành phố')}`),
  },
  {
    name: 'document-links',
    host: 'vbpl.vn',
    path: '/tinhuy/Pages/danh-sach.aspx',
    html: doc('Văn bản', '', `<header>${menu()}</header><div class="container"><h1 class="page-title">Danh sách văn bản chỉ đạo của Tỉnh ủy năm 2025</h1><ul class="vb-list">${Array.from({ length: 12 }, (_, i) => `<li><a href="/vb/${i}">Kế hoạch số ${100 + i}-KH/TU về công tác thông tin đối ngoại</a> <span>(0${(i % 9) + 1}/03/2025)</span></li>`).join('')}</ul></div>${footer('Cơ sở dữ liệu văn bản')}`),
  },
  {
    name: 'figures-table',
    host: 'baoquangtri.vn',
    path: '/gia-vang',
    html: doc('Giá vàng', '', `<header>${menu()}</header><main><h1>Giá vàng và tỷ giá ngoại tệ hôm nay tại Quảng Trị</h1><table class="rates"><tr><th>Loại</th><th>Mua</th><th>Bán</th></tr>${['SJC', 'PNJ', 'DOJI', 'USD', 'EUR', 'JPY', 'CNY', 'KRW', 'LAK', 'THB', 'SGD', 'AUD'].map((c, i) => `<tr><td>${c}</td><td>${25000 - i * 1000}</td><td>${25400 - i * 1000}</td></tr>`).join('')}</table></main>${footer('Báo Quảng Trị')}`),
  },
];
