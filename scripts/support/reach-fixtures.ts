/**
 * Over 400 lines: page data, one layout after another, not logic.
 * Pages modelled on the layouts of Vietnamese sites beyond the big national papers:
 * portal CMSs (Liferay and ASP.NET .gov.vn portals), TV and radio pages with a short
 * text under a video, provincial papers and their briefs, theory journals, army and
 * police press. Articles, many short and most not declaring themselves (no og:type,
 * no JSON-LD), and the pages of the same sites that are not articles: home pages,
 * section listings, search results, tag pages, comment threads, forms. Served under
 * real host names in the end-to-end tests; read with happy-dom in the unit tests.
 * All text written for these tests; names of people are invented.
 */

export interface ReachPage {
  name: string;
  host: string;
  path: string;
  html: string;
}

export interface ArticleFixture extends ReachPage {
  /** The headline the finder must report. */
  title: string;
  /** Sentences of the body the annotated text must hold. */
  body: string[];
  /** Page furniture that must stay out of it. */
  chrome: string[];
}

export const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function doc(title: string, head: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>${head}</head><body>${body}</body></html>`;
}

const SECTIONS = ['Thời sự', 'Chính trị', 'Kinh tế', 'Xã hội', 'Quốc phòng - An ninh', 'Văn hóa', 'Thể thao', 'Đối ngoại'];
export const menu = (cls = 'main-menu') => `<nav class="${cls}"><ul>${SECTIONS.map((s, i) => `<li><a href="/chuyen-muc-${i}">${s}</a></li>`).join('')}</ul></nav>`;
export const MOST_READ = [
  'Tỉnh ủy triển khai nhiệm vụ công tác năm mới với nhiều chỉ tiêu quan trọng',
  'Nông dân phấn khởi vì vụ lúa đông xuân được mùa, được giá',
  'Khánh thành cây cầu nối hai xã vùng bãi ngang ven biển',
  'Hơn 2.000 thí sinh tham dự kỳ thi chọn học sinh giỏi cấp tỉnh',
];
export const sidebar = `<aside class="sidebar"><div class="box-most-read"><h3 class="box-title">Đọc nhiều</h3><ul>${MOST_READ.map((t, i) => `<li><a href="/tin-${i}.html">${t}</a></li>`).join('')}</ul></div><div class="banner-ads"><a href="/qc"><img alt="Quảng cáo" src="data:,"></a></div></aside>`;
export const footer = (owner: string) =>
  `<footer class="footer"><p>${owner}. Giấy phép hoạt động báo chí điện tử số 123/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p><p>Địa chỉ tòa soạn: số 10 đường Trần Phú, điện thoại 0239 385 0000.</p></footer>`;
export const related = (items: string[]) => `<div class="related-news"><h3>Tin liên quan</h3><ul>${items.map((t, i) => `<li><a href="/lq-${i}.html">${t}</a></li>`).join('')}</ul></div>`;
export const paragraphs = (body: string[]) => body.map((p) => `<p>${p}</p>`).join('\n');

export const FOOTER_TEXT = 'Giấy phép hoạt động báo chí điện tử số 123/GP-BTTTT';
export const RELATED = ['Tỉnh tiếp đoàn doanh nghiệp Hàn Quốc tìm hiểu cơ hội đầu tư', 'Sở Ngoại vụ tổng kết công tác năm'];

// ---------------------------------------------------------------- articles

/** A Liferay .gov.vn portal: the asset publisher's full view, headline in a title-classed h3, no declaration. */
const liferayPortal: ArticleFixture = (() => {
  const title = 'Tỉnh tiếp và làm việc với Đoàn công tác Đại sứ quán Nhật Bản';
  const body = [
    'Chiều 14/5, đồng chí Lê Minh Khoa, Phó Chủ tịch UBND tỉnh, đã tiếp và làm việc với Đoàn công tác Đại sứ quán Nhật Bản tại Việt Nam do ông Sato Kenji, Tham tán Kinh tế, làm trưởng đoàn.',
    'Tại buổi làm việc, hai bên trao đổi về hợp tác trong lĩnh vực nông nghiệp công nghệ cao, đào tạo nguồn nhân lực và quảng bá hình ảnh địa phương tới các đối tác nước ngoài.',
    'Phó Chủ tịch UBND tỉnh đề nghị Đại sứ quán tiếp tục hỗ trợ kết nối doanh nghiệp hai nước, đồng thời giao Sở Ngoại vụ phối hợp triển khai các nội dung đã thống nhất.',
  ];
  return {
    name: 'liferay-portal',
    host: 'daknong.gov.vn',
    path: '/web/guest/-/tinh-tiep-doan-dai-su-quan-nhat-ban',
    title,
    body,
    chrome: [FOOTER_TEXT, 'Cổng thông tin điện tử tỉnh', MOST_READ[0]!],
    html: doc(
      `${title} - Cổng thông tin điện tử tỉnh`,
      '<link rel="stylesheet" href="data:,"><meta name="description" content="Cổng thông tin điện tử tỉnh">',
      `<div id="wrapper"><header id="banner" role="banner"><div class="site-title">Cổng thông tin điện tử tỉnh</div>${menu('navbar')}</header>
<div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column" id="column-1"><div class="portlet-dropzone">
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_abc"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><h2 class="portlet-title-text">Tin hoạt động</h2></div>
<div class="portlet-content-container"><div class="portlet-body"><div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<div class="align-items-center d-flex mb-2"><h3 class="component-title header-title">${title}</h3></div>
<div class="asset-content mb-3"><div class="journal-content-article" data-analytics-asset-type="web-content"><div class="news-date">14/05/2025 16:20</div>
${paragraphs(body)}
<p style="text-align:right"><strong>Minh Thư</strong></p></div></div>
<div class="asset-links"><ul class="list-links">${RELATED.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div></div></div></div></div></section>
</div></div><div class="col-md-4 portlet-column" id="column-2">${sidebar}</div></div></div></div>
${footer('Cổng thông tin điện tử tỉnh')}</div>`,
    ),
  };
})();

/** An older ASP.NET portal of a provincial department: tables, a span title, body in a div of paragraphs. */
const aspnetPortal: ArticleFixture = (() => {
  const title = 'Sở Ngoại vụ hướng dẫn thủ tục đón đoàn khách quốc tế năm 2025';
  const body = [
    'Nhằm thống nhất quy trình quản lý đoàn ra, đoàn vào, Sở Ngoại vụ đã ban hành văn bản hướng dẫn các cơ quan, đơn vị trên địa bàn tỉnh về thủ tục đón tiếp khách nước ngoài.',
    'Theo hướng dẫn, các đơn vị gửi kế hoạch đón đoàn trước ít nhất mười ngày làm việc, nêu rõ thành phần, nội dung làm việc và dự kiến thông tin tuyên truyền sau chuyến thăm.',
  ];
  return {
    name: 'aspnet-portal',
    host: 'songoaivu.hatinh.gov.vn',
    path: '/Pages/tin-tuc/huong-dan-don-doan.aspx',
    title,
    body,
    chrome: [FOOTER_TEXT, 'Liên kết website'],
    html: doc(
      title,
      '',
      `<form method="post" action="./huong-dan-don-doan.aspx" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="abc">
<table width="100%" cellpadding="0" cellspacing="0" class="main-table"><tr><td colspan="2" class="top-banner">${menu('topmenu')}</td></tr>
<tr><td class="left-col" width="220"><div class="links"><b>Liên kết website</b><select><option>Chính phủ</option><option>Bộ Ngoại giao</option></select></div></td>
<td class="center-col" valign="top"><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin">Tin tức</a></div>
<span id="ctl00_PlaceHolderMain_lblTitle" class="news-title">${title}</span><br><span class="news-date">Ngày đăng: 03/03/2025</span>
<div id="ctl00_PlaceHolderMain_divContent" class="news-content">${paragraphs(body)}</div>
<div class="other-news"><b>Các tin khác</b><ul>${RELATED.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div></td></tr>
<tr><td colspan="2">${footer('Sở Ngoại vụ')}</td></tr></table></form>`,
    ),
  };
})();

/** A TV station's page: the video first, then a short text under it (two short paragraphs), h1 headline. */
const tvShort: ArticleFixture = (() => {
  const title = 'Thứ trưởng Ngoại giao tiếp đoàn nhà báo quốc tế dự diễn đàn truyền thông';
  const body = [
    'Sáng nay, Thứ trưởng Bộ Ngoại giao Đỗ Hoàng Long đã tiếp đoàn nhà báo đến từ 12 quốc gia tham dự Diễn đàn truyền thông khu vực tổ chức tại Hà Nội.',
    'Thứ trưởng mong các nhà báo tiếp tục đưa tin khách quan, đầy đủ về Việt Nam, góp phần vào công tác thông tin đối ngoại và thắt chặt hữu nghị giữa các dân tộc.',
  ];
  return {
    name: 'tv-short',
    host: 'vtv.vn',
    path: '/video/thu-truong-tiep-doan-nha-bao-quoc-te-123456.htm',
    title,
    body,
    chrome: ['Video liên quan', FOOTER_TEXT],
    html: doc(
      `${title} | VTV.VN`,
      '<meta property="og:type" content="video.other">',
      `<header class="header">${menu()}</header>
<div class="container"><div class="main-col"><div class="video-player" id="player"><div class="vjs-poster"></div><button class="vjs-play">Phát</button></div>
<div class="detail-video"><h1 class="title_detail">${title}</h1><div class="time">VTV1 - 08:15, 20/05/2025</div>
<div class="ta-justify">${paragraphs(body)}</div></div>
<div class="video-related"><h3>Video liên quan</h3><ul>${MOST_READ.map((t, i) => `<li><a href="/v${i}.htm">${t}</a></li>`).join('')}</ul></div></div>${sidebar}</div>
${footer('Đài Truyền hình Việt Nam')}`,
    ),
  };
})();

/** A radio station's page: <article> with one body paragraph of about 350 characters after the lead. */
const radioShort: ArticleFixture = (() => {
  const title = 'Việt Nam và Lào tăng cường hợp tác thông tin, tuyên truyền';
  const body = [
    'Trong khuôn khổ chuyến thăm, hai bên đã ký biên bản ghi nhớ về hợp tác trao đổi tin, bài, chương trình phát thanh giữa các đài địa phương vùng biên giới, đồng thời thống nhất tổ chức lớp bồi dưỡng nghiệp vụ cho phóng viên hai nước vào cuối năm. Đại diện phía Lào cảm ơn sự hỗ trợ thiết thực của các cơ quan báo chí Việt Nam trong nhiều năm qua.',
  ];
  return {
    name: 'radio-short',
    host: 'vovworld.vn',
    path: '/vi-VN/thoi-su/viet-nam-va-lao-tang-cuong-hop-tac-1234.vov',
    title,
    body,
    chrome: [FOOTER_TEXT, 'Nghe trực tiếp'],
    html: doc(
      title,
      '',
      `<div class="header"><a class="logo" href="/">VOV</a><a class="live" href="/live">Nghe trực tiếp</a>${menu()}</div>
<div class="layout"><article class="node-article"><h1 class="article-title">${title}</h1>
<div class="article-meta">VOV5 - 10/04/2025</div><div class="article-sapo">Đoàn đại biểu Bộ Thông tin và Văn hóa Lào đã có buổi làm việc với Ban Biên tập chương trình đối ngoại.</div>
<div class="article-audio"><audio controls src="data:,"></audio></div>
<div class="article-body">${paragraphs(body)}</div></article>${sidebar}</div>${footer('Đài Tiếng nói Việt Nam')}`,
    ),
  };
})();

/** A provincial paper's ordinary article: declared with og:type, medium length (the e2e "no click" page). */
export const provincialArticle: ArticleFixture = (() => {
  const title = 'Hà Tĩnh đẩy mạnh công tác thông tin đối ngoại, quảng bá hình ảnh quê hương';
  const body = [
    'Sáng 6/6, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ những tháng cuối năm.',
    'Phát biểu chỉ đạo, đồng chí Trần Quốc Hưng, Phó Bí thư Tỉnh ủy, yêu cầu các sở, ngành tiếp tục quán triệt Kết luận số 57-KL/TW của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới.',
    'Theo báo cáo, trong 6 tháng qua, các cơ quan báo chí của tỉnh đã đăng tải hàng trăm tin, bài giới thiệu tiềm năng du lịch, đầu tư, văn hóa của địa phương tới bạn bè quốc tế.',
    'Hội nghị cũng thống nhất xây dựng chuyên mục song ngữ Việt - Anh trên cổng thông tin điện tử tỉnh và tăng cường phối hợp với Sở Ngoại vụ trong việc cung cấp thông tin cho phóng viên nước ngoài.',
  ];
  return {
    name: 'provincial-article',
    host: 'baohatinh.vn',
    path: '/ha-tinh-day-manh-cong-tac-thong-tin-doi-ngoai-post290000.html',
    title,
    body,
    chrome: [FOOTER_TEXT, MOST_READ[1]!, RELATED[0]!],
    html: doc(
      `${title} | Báo Hà Tĩnh`,
      `<meta property="og:type" content="article"><meta property="og:title" content="${escape(title)}"><meta property="article:published_time" content="2025-06-06T10:30:00+07:00">`,
      `<header class="site-header"><h1 class="logo"><a href="/">Báo Hà Tĩnh</a></h1>${menu()}</header>
<div class="container"><main class="main-content"><div class="detail">
<h1 class="detail-title">${title}</h1><div class="detail-meta"><span class="author">Thu Hoài</span> - <time>06/06/2025 10:30</time></div>
<h2 class="detail-sapo">(Báo Hà Tĩnh) - Công tác thông tin đối ngoại góp phần giới thiệu tiềm năng, thế mạnh của tỉnh tới bạn bè trong nước và quốc tế.</h2>
<div class="detail-content fck">${paragraphs(body)}</div>
${related(RELATED)}<div class="detail-tags"><a href="/tag/doi-ngoai">đối ngoại</a></div></div></main>${sidebar}</div>${footer('Báo Hà Tĩnh')}`,
    ),
  };
})();

/** A provincial news brief: headline and two short paragraphs, undeclared, surrounded by a busy page. */
export const provincialBrief: ArticleFixture = (() => {
  const title = 'Đoàn công tác tỉnh bạn Lào thăm và làm việc tại huyện biên giới';
  const body = [
    'Ngày 18/7, đoàn công tác tỉnh Bolikhamxay (Lào) do ông Khamphan Sisouk dẫn đầu đã đến thăm và làm việc tại huyện Hương Sơn, tỉnh Nghệ An.',
    'Hai bên trao đổi về phối hợp quản lý biên giới, giao lưu văn hóa và hỗ trợ học sinh Lào theo học tại địa phương, góp phần vun đắp tình hữu nghị đặc biệt Việt Nam - Lào.',
  ];
  return {
    name: 'provincial-brief',
    host: 'baonghean.vn',
    path: '/doan-cong-tac-tinh-ban-lao-tham-huyen-bien-gioi-10300000.html',
    title,
    body,
    chrome: [FOOTER_TEXT, MOST_READ[2]!],
    html: doc(
      title,
      '',
      `<div class="top-bar"><span class="date">Thứ sáu, 18/07/2025</span><a href="/dang-nhap">Đăng nhập</a></div><header>${menu()}</header>
<div class="wrap"><div class="col-main"><div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/thoi-su">Thời sự</a></div>
<h1>${title}</h1><div class="meta">18/07/2025 15:02</div>
<div class="article-content">${paragraphs(body)}<p class="author" style="text-align:right"><b>Hải Yến</b></p></div>
<div class="box-news-other"><h3 class="title-box">Tin cùng chuyên mục</h3>${MOST_READ.map((t, i) => `<div class="item"><h3><a href="/t${i}.html">${t}</a></h3></div>`).join('')}</div></div>${sidebar}</div>${footer('Báo Nghệ An')}`,
    ),
  };
})();

/** A theory journal's long article: WordPress-like markup, entry header, no declaration. */
const theoryJournal: ArticleFixture = (() => {
  const title = 'Nâng cao hiệu quả công tác thông tin đối ngoại trong bối cảnh chuyển đổi số';
  const body = [
    'Thông tin đối ngoại là một bộ phận quan trọng của công tác chính trị, tư tưởng, góp phần tạo đồng thuận xã hội và môi trường quốc tế thuận lợi cho sự nghiệp xây dựng và bảo vệ Tổ quốc.',
    'Thực tiễn những năm qua cho thấy, việc đa dạng hóa phương thức tuyên truyền, nhất là trên các nền tảng số, đã giúp thông tin về đất nước, con người Việt Nam đến với đông đảo công chúng quốc tế.',
    'Tuy nhiên, công tác này vẫn còn những hạn chế: nội dung có lúc chưa phù hợp với từng đối tượng, sự phối hợp giữa các lực lượng chưa thật chặt chẽ, nguồn lực đầu tư còn phân tán.',
    'Để khắc phục, cần tiếp tục hoàn thiện thể chế, đào tạo đội ngũ cán bộ vừa vững chính trị vừa giỏi ngoại ngữ, đồng thời xây dựng cơ sở dữ liệu dùng chung phục vụ các cơ quan làm công tác đối ngoại.',
    'Bên cạnh đó, cần phát huy vai trò của cộng đồng người Việt Nam ở nước ngoài như một cầu nối quan trọng, lan tỏa hình ảnh một Việt Nam năng động, hội nhập và giàu bản sắc.',
  ];
  return {
    name: 'theory-journal',
    host: 'lyluanchinhtri.vn',
    path: '/nang-cao-hieu-qua-cong-tac-thong-tin-doi-ngoai-6000.html',
    title,
    body,
    chrome: [FOOTER_TEXT, 'Bài viết cùng chủ đề'],
    html: doc(
      `${title} – Tạp chí Lý luận chính trị`,
      '<link rel="stylesheet" href="data:,">',
      `<div id="page" class="site"><header id="masthead" class="site-header">${menu('main-navigation')}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-6000" class="post-6000 post type-post status-publish"><header class="entry-header"><span class="cat-links"><a href="/c/nghien-cuu">Nghiên cứu lý luận</a></span>
<h1 class="entry-title">${title}</h1><div class="entry-meta">PGS, TS Nguyễn Thanh Bình, Học viện Chính trị khu vực I</div></header>
<div class="entry-summary"><p><em>Tóm tắt: Bài viết phân tích thực trạng và đề xuất giải pháp nâng cao hiệu quả công tác thông tin đối ngoại.</em></p></div>
<div class="entry-content">${paragraphs(body)}<p>__________________</p><p>Tài liệu tham khảo: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb Chính trị quốc gia Sự thật, Hà Nội, 2021.</p></div>
<div class="related-posts"><h3>Bài viết cùng chủ đề</h3><ul>${RELATED.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div></article>
</main></div>${sidebar}</div>${footer('Tạp chí Lý luận chính trị')}</div>`,
    ),
  };
})();

/** A Party journal: JSON-LD declared, detail layout with a title class. */
const partyJournal: ArticleFixture = (() => {
  const title = 'Quan điểm của Đảng về công tác đối ngoại nhân dân trong thời kỳ mới';
  const body = [
    'Đối ngoại nhân dân cùng với đối ngoại Đảng và ngoại giao Nhà nước tạo nên nền đối ngoại toàn diện, hiện đại, mang đậm bản sắc dân tộc Việt Nam.',
    'Trong thời kỳ mới, đối ngoại nhân dân cần chủ động hơn trong việc thông tin về đường lối, chính sách của Đảng, Nhà nước tới bạn bè quốc tế, đấu tranh phản bác các luận điệu sai trái.',
    'Các tổ chức hữu nghị cần đổi mới phương thức hoạt động, mở rộng quan hệ với các tổ chức phi chính phủ, giới trẻ và giới học giả ở nhiều quốc gia.',
  ];
  return {
    name: 'party-journal',
    host: 'tapchicongsan.org.vn',
    path: '/web/guest/nghien-cu/-/2018/900000/quan-diem-cua-dang-ve-cong-tac-doi-ngoai-nhan-dan.aspx',
    title,
    body,
    chrome: [FOOTER_TEXT],
    html: doc(
      title,
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","datePublished":"2025-02-11"}</script>`,
      `<header>${menu()}</header><div class="container"><div class="row"><div class="col-8"><div class="detail-news">
<div class="title-news">${title}</div><div class="date-news">11/02/2025</div>
<div class="sapo-news">TCCS - Đối ngoại nhân dân là một trong ba trụ cột của nền đối ngoại Việt Nam.</div>
<div class="content-news">${paragraphs(body)}</div></div></div>${sidebar}</div></div>${footer('Tạp chí Cộng sản')}`,
    ),
  };
})();

/** Army press: declared, summary and body in post classes. */
const armyPaper: ArticleFixture = (() => {
  const title = 'Hải quân nhân dân Việt Nam đón tàu hải quân nước bạn thăm hữu nghị';
  const body = [
    'Sáng 2/4, tại cảng quốc tế Cam Ranh, Bộ Tư lệnh Vùng 4 Hải quân đã tổ chức lễ đón tàu hộ vệ của Hải quân Hoàng gia Campuchia thăm hữu nghị Việt Nam.',
    'Trong thời gian ở Việt Nam, đoàn sẽ chào xã giao lãnh đạo địa phương, giao lưu thể thao với cán bộ, chiến sĩ Vùng 4 và tham quan một số di tích lịch sử, văn hóa.',
    'Chuyến thăm góp phần tăng cường tình đoàn kết, hiểu biết lẫn nhau giữa hải quân hai nước, thực hiện hiệu quả chính sách quốc phòng hòa bình, tự vệ của Việt Nam.',
  ];
  return {
    name: 'army-paper',
    host: 'qdnd.vn',
    path: '/quoc-phong-an-ninh/tin-tuc/hai-quan-don-tau-nuoc-ban-800000',
    title,
    body,
    chrome: [FOOTER_TEXT, MOST_READ[3]!],
    html: doc(
      title,
      `<meta property="og:type" content="article"><meta property="og:title" content="${escape(title)}">`,
      `<header>${menu()}</header><div class="container"><div class="post-detail"><h1 class="post-title">${title}</h1>
<div class="post-subinfo">Thứ tư, 02/04/2025 | 09:12</div><div class="post-summary"><p>QĐND Online - Tàu hải quân nước bạn cập cảng Cam Ranh, bắt đầu chuyến thăm hữu nghị Việt Nam.</p></div>
<div class="post-content">${paragraphs(body)}</div>${related(RELATED)}</div>${sidebar}</div>${footer('Báo Quân đội nhân dân')}`,
    ),
  };
})();

/** Police press: text straight in divs with <br> (no <p>), BEM classes, no declaration. */
const policePaper: ArticleFixture = (() => {
  const title = 'Bộ Công an tăng cường hợp tác quốc tế phòng, chống tội phạm mạng';
  const body = [
    'Ngày 22/8, tại Hà Nội, Thượng tướng Phan Đình Trọng, Thứ trưởng Bộ Công an, đã tiếp Đoàn đại biểu Cảnh sát liên bang Australia sang thăm và làm việc.',
    'Hai bên nhất trí tăng cường trao đổi thông tin, phối hợp điều tra các vụ án lừa đảo trực tuyến xuyên quốc gia và đào tạo chuyên gia an ninh mạng cho lực lượng Công an.',
  ];
  return {
    name: 'police-paper',
    host: 'cand.com.vn',
    path: '/Su-kien-Binh-luan-thoi-su/bo-cong-an-hop-tac-quoc-te-i750000/',
    title,
    body,
    chrome: [FOOTER_TEXT],
    html: doc(
      title,
      '',
      `<header class="header">${menu()}</header><div class="container"><div class="detail">
<div class="box-widget-breadcrumb"><a href="/">CAND</a> » <a href="/su-kien">Sự kiện</a></div>
<h1 class="detail__title">${title}</h1><div class="detail__time">22/08/2025 17:40</div>
<div class="detail__content"><div class="b-maincontent">${body.join('<br><br>\n')}<br><br><div style="text-align:right"><b>Hoàng Hưng</b></div></div></div>
${related(RELATED)}</div>${sidebar}</div>${footer('Báo Công an nhân dân')}`,
    ),
  };
})();

/** An old portal with no h1 at all: the headline is a div.tieu-de, the body divs and br. */
const divPortal: ArticleFixture = (() => {
  const title = 'Ủy ban nhân dân tỉnh gặp mặt các cơ quan báo chí nước ngoài thường trú';
  const body = [
    'Chiều 25/1, Ủy ban nhân dân tỉnh tổ chức gặp mặt đại diện văn phòng thường trú các cơ quan báo chí nước ngoài tại Việt Nam nhân dịp đón Xuân mới.',
    'Tại buổi gặp mặt, lãnh đạo tỉnh thông tin về tình hình kinh tế - xã hội, các dự án hạ tầng trọng điểm và mong muốn báo chí quốc tế tiếp tục đồng hành cùng địa phương.',
  ];
  return {
    name: 'div-portal',
    host: 'quangninh.gov.vn',
    path: '/Trang/ChiTietTinTuc.aspx?nid=12345',
    title,
    body,
    chrome: [FOOTER_TEXT, 'Tin bài khác'],
    html: doc(
      title,
      '',
      `<div class="banner">${menu()}</div><div class="wrapper"><div class="left">
<div class="tieu-de">${title}</div><div class="ngay-dang">25/01/2025</div>
<div class="noi-dung">${body.map((b) => `<div>${b}</div>`).join('<br>')}</div>
<div class="tin-khac"><b>Tin bài khác</b>${RELATED.map((t) => `<div><a href="#">${t}</a></div>`).join('')}</div></div>${sidebar}</div>${footer('Cổng thông tin điện tử tỉnh')}`,
    ),
  };
})();

/** A ministry portal: the headline in an h2 with a title class, a short text under a photo gallery. */
const ministryPortal: ArticleFixture = (() => {
  const title = 'Bộ Ngoại giao tổ chức họp báo thường kỳ tháng Ba';
  const body = [
    'Chiều 20/3, Người phát ngôn Bộ Ngoại giao đã chủ trì họp báo thường kỳ, trả lời câu hỏi của phóng viên trong và ngoài nước về các hoạt động đối ngoại nổi bật trong tháng.',
    'Người phát ngôn cũng thông tin về chuyến thăm sắp tới của lãnh đạo cấp cao và công tác bảo hộ công dân Việt Nam ở nước ngoài trong thời gian qua.',
  ];
  return {
    name: 'ministry-portal',
    host: 'mofa.gov.vn',
    path: '/tin-hoat-dong/hop-bao-thuong-ky-thang-ba',
    title,
    body,
    chrome: [FOOTER_TEXT, 'Thư viện ảnh'],
    html: doc(
      `Bộ Ngoại giao - ${title}`,
      '',
      `<header>${menu()}</header><div class="page"><section class="news-detail"><h2 class="news-detail-title">${title}</h2><span class="date">20/03/2025</span>
<div class="gallery"><p class="gallery-caption">Thư viện ảnh</p><img alt="Ảnh họp báo 1" src="data:,"><img alt="Ảnh họp báo 2" src="data:,"></div>
<div class="content-detail">${paragraphs(body)}</div></section>${sidebar}</div>${footer('Bộ Ngoại giao')}`,
    ),
  };
})();

/** A national outlet's interview: question and answer paragraphs in <strong>, declared. */
const interview: ArticleFixture = (() => {
  const title = 'Đại sứ Việt Nam tại Pháp: Lan tỏa hình ảnh đất nước qua văn hóa';
  const body = [
    'Phóng viên: Thưa Đại sứ, những hoạt động văn hóa nào gây ấn tượng nhất với công chúng Pháp trong năm qua?',
    'Đại sứ Đinh Toàn Thắng: Tuần lễ văn hóa Việt Nam tại Paris thu hút hàng nghìn lượt khách, đặc biệt là các buổi trình diễn áo dài và ẩm thực ba miền.',
    'Phóng viên: Đại sứ quán có kế hoạch gì để tiếp cận giới trẻ Pháp?',
    'Đại sứ Đinh Toàn Thắng: Chúng tôi phối hợp với các trường đại học tổ chức tọa đàm, học bổng và giới thiệu Việt Nam trên mạng xã hội bằng tiếng Pháp.',
  ];
  return {
    name: 'interview',
    host: 'baoquocte.vn',
    path: '/dai-su-viet-nam-tai-phap-lan-toa-hinh-anh-dat-nuoc-300000.html',
    title,
    body,
    chrome: [FOOTER_TEXT, RELATED[1]!],
    html: doc(
      title,
      `<meta property="og:type" content="article">`,
      `<header>${menu()}</header><div class="container"><article class="article-detail"><h1>${title}</h1>
<div class="article-sapo"><strong>TG&VN - Đại sứ trao đổi với phóng viên về công tác ngoại giao văn hóa tại Pháp.</strong></div>
<div class="article-content">${body.map((b, i) => (i % 2 === 0 ? `<p><strong>${b}</strong></p>` : `<p>${b}</p>`)).join('\n')}</div>
${related(RELATED)}</article>${sidebar}</div>${footer('Báo Thế giới và Việt Nam')}`,
    ),
  };
})();

/** An unlisted .vn site (a district portal): plain layout, undeclared; the e2e ".vn grant" page. */
export const unlistedVnArticle: ArticleFixture = (() => {
  const title = 'Huyện tiếp đoàn thanh niên hữu nghị Việt Nam - Trung Quốc';
  const body = [
    'Sáng 9/9, Ủy ban nhân dân huyện Cẩm Xuyên đã tiếp đoàn thanh niên hữu nghị Việt Nam - Trung Quốc gồm 40 đoàn viên đến giao lưu, tìm hiểu văn hóa địa phương.',
    'Đồng chí Nguyễn Thị Lan Anh, Phó Chủ tịch UBND huyện, giới thiệu với đoàn về truyền thống lịch sử, tiềm năng du lịch biển và những đổi thay của quê hương trong những năm gần đây.',
  ];
  return {
    name: 'unlisted-vn',
    host: 'camxuyen.example-huyen.vn',
    path: '/tin-tuc/huyen-tiep-doan-thanh-nien-huu-nghi.html',
    title,
    body,
    chrome: [FOOTER_TEXT],
    html: doc(
      title,
      '',
      `<header>${menu()}</header><div class="content"><div class="news"><h1 class="news-title">${title}</h1><div class="news-body">${paragraphs(body)}</div></div>${sidebar}</div>${footer('Cổng thông tin điện tử huyện')}`,
    ),
  };
})();

export const ARTICLES: ArticleFixture[] = [
  liferayPortal,
  aspnetPortal,
  tvShort,
  radioShort,
  provincialArticle,
  provincialBrief,
  theoryJournal,
  partyJournal,
  armyPaper,
  policePaper,
  divPortal,
  ministryPortal,
  interview,
  unlistedVnArticle,
];

/**
 * What an article page carries beside the article that a form page also has: a search
 * box, links in drop-downs, a poll and a comment form (six typed fields in all).
 */
export const withFormsAndPolls = (html: string) =>
  html.replace(
    '</body>',
    '<form class="search"><input type="text" name="q"><button>Tìm</button></form>' +
      '<div class="links">' + '<select><option>Chính phủ</option></select>'.repeat(3) + '</div>' +
      '<div class="poll">' + '<label><input type="radio" name="p"> Ý kiến</label>'.repeat(4) + '</div>' +
      '<form class="comment-form"><input name="name"><input type="email" name="email"><input type="tel" name="phone"><input name="title"><textarea name="c"></textarea></form></body>',
  );

// ---------------------------------------------------------------- not articles

export const TEASERS = [
  ['Tỉnh ủy họp bàn nhiệm vụ phát triển kinh tế - xã hội quý III', 'Hội nghị thống nhất nhiều giải pháp thúc đẩy giải ngân vốn đầu tư công, hỗ trợ doanh nghiệp phục hồi sản xuất kinh doanh.'],
  ['Đón đoàn đại biểu tỉnh Khammouane (Lào) sang thăm hữu nghị', 'Đoàn do Phó Bí thư Tỉnh ủy tỉnh bạn dẫn đầu, làm việc về hợp tác giáo dục, y tế và quản lý biên giới chung.'],
  ['Khai mạc hội chợ thương mại quốc tế với 300 gian hàng', 'Hội chợ quy tụ doanh nghiệp từ nhiều quốc gia, giới thiệu sản phẩm nông nghiệp, thủ công mỹ nghệ đặc trưng vùng miền.'],
  ['Tuyên truyền biển đảo cho học sinh các trường vùng ven biển', 'Chương trình giúp các em hiểu thêm về chủ quyền biển đảo, truyền thống yêu nước và trách nhiệm của thế hệ trẻ.'],
  ['Sở Ngoại vụ tập huấn kỹ năng phát ngôn cho cán bộ cơ sở', 'Hơn 100 học viên được trang bị kiến thức về cung cấp thông tin cho báo chí và xử lý tình huống truyền thông.'],
  ['Nông dân xã miền núi thu nhập cao nhờ trồng cam sành', 'Nhiều hộ gia đình đã có thu nhập hàng trăm triệu đồng mỗi năm, xây được nhà mới, cho con đi học đại học.'],
  ['Bệnh viện tỉnh tiếp nhận thiết bị y tế do tổ chức quốc tế tài trợ', 'Trang thiết bị gồm máy thở, máy siêu âm và hệ thống xét nghiệm hiện đại, phục vụ người dân vùng sâu vùng xa.'],
  ['Giải chạy vì hòa bình thu hút hơn 5.000 vận động viên', 'Các vận động viên trong và ngoài nước tham gia cự ly 5 km, 10 km và bán marathon dọc bờ biển thành phố.'],
];
export const teaserItems = (withSapo: boolean, tag = 'h3') =>
  TEASERS.map(([t, s], i) => `<div class="story"><a class="story-thumb" href="/bai-${i}.html"><img alt="" src="data:,"></a><${tag} class="story-title"><a href="/bai-${i}.html">${t}</a></${tag}>${withSapo ? `<p class="story-sapo">${s}</p>` : ''}</div>`).join('\n');

export const NON_ARTICLES: ReachPage[] = [
  {
    name: 'provincial-home',
    host: 'baohatinh.vn',
    path: '/',
    html: doc('Báo Hà Tĩnh - Tin tức mới nhất', '', `<header><h1 class="logo"><a href="/">Báo Hà Tĩnh</a></h1>${menu()}</header><div class="container"><div class="featured"><h2 class="title-big"><a href="/bai-0.html">${TEASERS[0]![0]}</a></h2><p class="sapo">${TEASERS[0]![1]} ${TEASERS[1]![1]}</p></div><div class="list">${teaserItems(true)}</div>${sidebar}</div>${footer('Báo Hà Tĩnh')}`),
  },
  {
    name: 'section-listing',
    host: 'baonghean.vn',
    path: '/thoi-su/',
    html: doc('Thời sự - Báo Nghệ An', '', `<header>${menu()}</header><div class="wrap"><h1 class="cat-title">Thời sự</h1><div class="cat-list">${teaserItems(true)}${teaserItems(true, 'h2')}</div><div class="paging"><a href="?p=2">Trang sau</a></div>${sidebar}</div>${footer('Báo Nghệ An')}`),
  },
  {
    name: 'search-results',
    host: 'qdnd.vn',
    path: '/tim-kiem',
    html: doc('Tìm kiếm', '', `<header>${menu()}<form class="search" role="search"><input name="q" value="thông tin đối ngoại"><button>Tìm</button></form></header><div class="container"><h1 class="search-title">Kết quả tìm kiếm cho “thông tin đối ngoại”</h1><div class="search-results">${teaserItems(true)}</div>${sidebar}</div>${footer('Báo Quân đội nhân dân')}`),
  },
  {
    name: 'tag-page',
    host: 'vtv.vn',
    path: '/thong-tin-doi-ngoai.html',
    html: doc('Chủ đề thông tin đối ngoại', '', `<header>${menu()}</header><div class="container"><h1 class="tag-name">Chủ đề: Thông tin đối ngoại</h1><ul class="list-news">${TEASERS.map(([t, s], i) => `<li><h3><a href="/v${i}.htm">${t}</a></h3><p>${s}</p></li>`).join('')}</ul>${sidebar}</div>${footer('Đài Truyền hình Việt Nam')}`),
  },
  {
    name: 'comment-thread',
    host: 'cand.com.vn',
    path: '/binh-luan/bo-cong-an-hop-tac-quoc-te-i750000/',
    html: doc('Bình luận', '', `<header>${menu()}</header><div class="container"><h1 class="detail__title"><a href="/bai.html">Bộ Công an tăng cường hợp tác quốc tế phòng, chống tội phạm mạng</a></h1><div class="comment-list">${[
      'Tôi rất đồng tình với chủ trương hợp tác quốc tế này, vì tội phạm lừa đảo qua mạng ngày càng tinh vi, nhiều người dân quê tôi đã mất tiền tiết kiệm cả đời chỉ vì một cuộc gọi giả danh cơ quan chức năng.',
      'Mong các cơ quan sớm có biện pháp ngăn chặn triệt để các trang web giả mạo ngân hàng, đồng thời tuyên truyền rộng rãi hơn nữa cho người cao tuổi ở vùng nông thôn để họ biết cách phòng tránh.',
      'Bài viết hay, cảm ơn phóng viên. Đề nghị báo có thêm chuyên mục hướng dẫn cụ thể cách nhận biết tin nhắn lừa đảo, cách trình báo khi bị chiếm đoạt tài sản qua mạng.',
    ].map((c, i) => `<div class="comment-item"><div class="comment-author">Bạn đọc ${i + 1}</div><p class="comment-text">${c}</p><a class="reply" href="#">Trả lời</a></div>`).join('')}</div><form class="comment-form"><textarea name="c"></textarea><button>Gửi bình luận</button></form></div>${footer('Báo Công an nhân dân')}`),
  },
  {
    name: 'liferay-home',
    host: 'daknong.gov.vn',
    path: '/web/guest/trang-chu',
    html: doc('Cổng thông tin điện tử tỉnh', '', `<header id="banner" role="banner"><div class="site-title">Cổng thông tin điện tử tỉnh</div>${menu('navbar')}</header><div id="content"><section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Tin nổi bật</h2><div class="asset-abstract">${teaserItems(true)}</div></div></section><section class="portlet"><h2 class="portlet-title-text">Thông báo</h2><ul>${TEASERS.map(([t], i) => `<li><a href="/tb-${i}">${t}</a> <span>(12/05/2025)</span></li>`).join('')}</ul></section>${sidebar}</div>${footer('Cổng thông tin điện tử tỉnh')}`),
  },
  {
    name: 'public-service-form',
    host: 'dichvucong.hatinh.gov.vn',
    path: '/nop-ho-so',
    html: doc('Nộp hồ sơ trực tuyến', '', `<header>${menu()}</header><main class="main"><h1 class="page-title">Nộp hồ sơ đề nghị cấp phép tổ chức hội nghị, hội thảo quốc tế</h1><form class="form-horizontal" method="post"><p class="help-text">Tổ chức, cá nhân điền đầy đủ các thông tin dưới đây. Các trường có dấu sao là bắt buộc. Hồ sơ hợp lệ sẽ được xử lý trong thời hạn mười lăm ngày làm việc kể từ ngày tiếp nhận, kết quả trả qua thư điện tử hoặc tại bộ phận một cửa.</p>${['Tên cơ quan, tổ chức', 'Địa chỉ', 'Số điện thoại', 'Thư điện tử', 'Họ tên người đại diện', 'Chức vụ', 'Số căn cước', 'Ngày cấp', 'Tên hội nghị, hội thảo', 'Thời gian dự kiến', 'Địa điểm tổ chức', 'Thành phần đại biểu nước ngoài'].map((l, i) => `<div class="form-group"><label for="f${i}">${l} *</label><input id="f${i}" name="f${i}" class="form-control"></div>`).join('')}<div class="form-group"><label for="nd">Nội dung chính</label><textarea id="nd" name="nd" rows="6">Nhập tóm tắt nội dung chương trình hội nghị, hội thảo, danh sách báo cáo viên và dự kiến thông tin tuyên truyền sau sự kiện.</textarea></div><button type="submit">Nộp hồ sơ</button></form></main>${footer('Cổng dịch vụ công')}`),
  },
  {
    name: 'login',
    host: 'thanhnien.vn',
    path: '/dang-nhap',
    html: doc('Đăng nhập', '', `<header>${menu()}</header><main><h1>Đăng nhập tài khoản bạn đọc</h1><form class="login-form"><label>Thư điện tử <input type="email" name="email"></label><label>Mật khẩu <input type="password" name="pw"></label><button>Đăng nhập</button><p class="note">Bạn chưa có tài khoản? Đăng ký để bình luận, lưu bài viết và nhận bản tin mỗi sáng qua thư điện tử.</p></form></main>${footer('Báo Thanh Niên')}`),
  },
  {
    name: 'video-listing',
    host: 'vtv.vn',
    path: '/video/thoi-su.htm',
    html: doc('Video thời sự', '', `<header>${menu()}</header><div class="container"><h1 class="title-cat">Video thời sự</h1><div class="video-grid">${TEASERS.map(([t], i) => `<div class="video-item"><a href="/video/v${i}.htm"><img alt="" src="data:,"><span class="duration">02:3${i}</span></a><h3><a href="/video/v${i}.htm">${t}</a></h3></div>`).join('')}</div>${sidebar}</div>${footer('Đài Truyền hình Việt Nam')}`),
  },
  {
    name: 'documents-table',
    host: 'mofa.gov.vn',
    path: '/van-ban-phap-quy',
    html: doc('Văn bản pháp quy', '', `<header>${menu()}</header><div class="page"><h1 class="page-title">Hệ thống văn bản quy phạm pháp luật về đối ngoại</h1><table class="doc-table"><thead><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr></thead><tbody>${['57-KL/TW', '47/NQ-CP', '111-HD/BTGTW', '72/2015/NĐ-CP', '22/2023/NĐ-CP', '05/2024/TT-BNG'].map((n, i) => `<tr><td><a href="/vb/${i}">${n}</a></td><td><a href="/vb/${i}">Về công tác thông tin đối ngoại và quản lý hoạt động đối ngoại của các cơ quan, tổ chức</a></td><td>0${i + 1}/03/202${i % 5}</td></tr>`).join('')}</tbody></table>${sidebar}</div>${footer('Bộ Ngoại giao')}`),
  },
  {
    name: 'bank-rates',
    host: 'www.nganhang-mau.com.vn',
    path: '/ty-gia',
    html: doc('Tỷ giá ngoại tệ', '', `<header><a class="logo" href="/">Ngân hàng</a>${menu()}</header><main><h1>Tỷ giá ngoại tệ và lãi suất tiết kiệm hôm nay</h1><table class="rates"><tr><th>Ngoại tệ</th><th>Mua</th><th>Bán</th></tr>${['USD', 'EUR', 'JPY', 'CNY', 'KRW', 'LAK'].map((c, i) => `<tr><td>${c}</td><td>${25000 - i * 1000}</td><td>${25400 - i * 1000}</td></tr>`).join('')}</table><form class="calc"><label>Số tiền <input name="amount"></label><select name="cur"><option>USD</option></select><button>Quy đổi</button></form><p class="disclaimer">Tỷ giá chỉ mang tính tham khảo và có thể thay đổi trong ngày.</p></main><footer><p>Ngân hàng thương mại cổ phần. Tổng đài hỗ trợ khách hàng 24/7.</p></footer>`),
  },
  {
    name: 'e-magazine-index',
    host: 'nhandan.vn',
    path: '/emagazine/',
    html: doc('Emagazine', '', `<header>${menu()}</header><div class="emag"><h1 class="emag-heading">Emagazine - Những câu chuyện dài kỳ</h1>${TEASERS.map(([t, s], i) => `<div class="emag-card"><a href="/emag-${i}.html"><img alt="" src="data:,"><h2 class="emag-title">${t}</h2><p>${s}</p></a></div>`).join('')}</div>${footer('Báo Nhân Dân')}`),
  },
  {
    name: 'sitemap',
    host: 'lyluanchinhtri.vn',
    path: '/so-do-trang',
    html: doc('Sơ đồ trang', '', `<header>${menu()}</header><main><h1>Sơ đồ trang Tạp chí Lý luận chính trị</h1><ul class="sitemap">${SECTIONS.map((s, i) => `<li><a href="/c${i}">${s}</a><ul>${TEASERS.slice(0, 4).map(([t], j) => `<li><a href="/c${i}/${j}">${t}</a></li>`).join('')}</ul></li>`).join('')}</ul></main>${footer('Tạp chí Lý luận chính trị')}`),
  },
];
