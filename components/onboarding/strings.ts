import { defineStrings, type Lang } from '@/lib/i18n/i18n';

/** The onboarding page. {placeholders} are filled by fill(). */
export const onboardingStrings = defineStrings(
  {
    tabTitle: 'Bắt đầu — Chú giải tin thông tin đối ngoại',
    heading: 'Chú giải tin thông tin đối ngoại đã sẵn sàng',
    intro:
      'Khi bạn đọc một bài báo tiếng Việt, tiện ích cho biết bài có phải về công tác thông tin đối ngoại hay không và vì sao, đánh dấu ngay trong bài các quan chức và văn bản chỉ đạo, và giải thích từng mục khi bạn trỏ chuột vào. Bài bạn lưu vào bộ sưu tập tìm kiếm, lọc và xuất được cho các công cụ khác.',
    language: 'Ngôn ngữ giao diện',
    sampleHeading: 'Xem thử trên một đoạn bài mẫu',
    sampleOpen: 'Xem bài mẫu được đánh dấu',
    sampleIntro:
      'Đoạn trích từ một bài trong bộ bài mẫu của tiện ích. Bộ phân tích vừa đọc nó ngay trên máy của bạn, như khi đọc một trang báo: quan chức là họ tên kèm chức vụ Đảng, Nhà nước, quân đội, công an; văn bản chỉ đạo là Kết luận, Nghị quyết… kèm số hiệu.',
    sampleLabel: 'Đoạn bài mẫu đã chú giải',
    legend: 'Chú thích màu',
    official: 'Quan chức',
    directive: 'Văn bản chỉ đạo',
    verdictYes: 'Bài viết về thông tin đối ngoại',
    verdictNo: 'Không phải bài về thông tin đối ngoại',
    scoreAbove: 'Điểm {score} — trên ngưỡng {threshold}',
    scoreBelow: 'Điểm {score} — dưới ngưỡng {threshold}',
    evidence: 'Căn cứ, mạnh nhất trước',
    evidenceTerm: 'cụm từ',
    evidenceDirective: 'văn bản',
    evidenceOfficial: 'quan chức',
    times: '{n} lần',
    officialsFound: 'Quan chức trong đoạn',
    directivesFound: 'Văn bản chỉ đạo trong đoạn',
    none: 'Không có',
    badge: 'Con số trên biểu tượng tiện ích đếm quan chức và văn bản chỉ đạo tìm thấy trong trang; với đoạn này là {n}.',
    whereHeading: 'Tiện ích chạy ở đâu',
    whereListed: 'Tự chạy, không cần bạn làm gì, trên các trang báo trong danh sách (kể cả tên miền con).',
    siteSearch: 'Tìm trong {n} trang báo đã liệt kê',
    siteMissing: 'Trang này không có trong danh sách: xem các cách bật bên dưới.',
    siteMore: 'và {n} trang khác; gõ thêm để thu hẹp.',
    more: 'Tìm hiểu thêm',
    whereAlways:
      'Trang khác: mở trang đó, bấm biểu tượng tiện ích trên thanh công cụ và chọn “Luôn chú giải trang này”; từ đó tiện ích tự chạy trên trang ấy.',
    whereVn: 'Mọi trang .vn: cũng trong cửa sổ đó, cho phép “mọi trang .vn” một lần; tiện ích sẽ chạy trên mọi trang có địa chỉ kết thúc bằng .vn.',
    whereOnce: 'Chỉ một lần: nhấp chuột phải vào trang và chọn “Chú giải trang này”.',
    whereOff: 'Muốn tắt trên một trang, hay tạm dừng ở mọi trang: dùng các nút trong bảng chú giải bên cạnh bài.',
    privacyHeading: 'Mọi thứ ở lại trên máy bạn',
    privacy:
      'Tiện ích không gửi gì ra ngoài: không máy chủ, không tài khoản, không theo dõi. Việc phân tích chạy ngay trong trình duyệt; các bài đã lưu nằm trong bộ nhớ của trình duyệt trên máy này và chỉ rời máy khi chính bạn xuất tệp.',
    clipHeading: 'Lưu bài để tra cứu sau',
    clipIntro: 'Có ba cách lưu bài đang đọc:',
    clipPanel: 'nút “{button}” trong bảng chú giải bên cạnh bài;',
    clipMenu: 'nhấp chuột phải vào trang, chọn “{item}”;',
    clipKey: 'phím tắt {key} (đổi phím: Chrome tại chrome://extensions/shortcuts; Firefox trong about:addons, nút bánh răng, mục quản lý phím tắt).',
    clipLibrary:
      'Bài đã lưu hiện trong cửa sổ của biểu tượng tiện ích và trong thư viện: tìm kiếm, lọc theo quan chức, văn bản, trang báo, và xuất ra:',
    openLibrary: 'Mở thư viện',
    pinHeading: 'Ghim biểu tượng lên thanh công cụ',
    pinWhy: 'Trình duyệt thường giấu biểu tượng của tiện ích mới cài. Ghim nó để luôn thấy con số trên biểu tượng và mở nhanh bộ sưu tập.',
    pinChrome:
      'Chrome, Edge: bấm nút Tiện ích (hình mảnh ghép) bên phải thanh địa chỉ, rồi bấm hình ghim cạnh “Chú giải tin thông tin đối ngoại”.',
    pinFirefox:
      'Firefox: bấm nút Tiện ích mở rộng (hình mảnh ghép) trên thanh công cụ, bấm bánh răng cạnh tên tiện ích và chọn “Ghim vào thanh công cụ”.',
    settings: 'Ngôn ngữ, màu đánh dấu và ngưỡng điểm đổi được trong trang Cài đặt.',
    openSettings: 'Mở Cài đặt',
  },
  {
    tabTitle: 'Getting started — Foreign-information news annotator',
    heading: 'The foreign-information news annotator is ready',
    intro:
      'When you read a Vietnamese news article, the extension tells you whether it is about foreign-information work and why, highlights the officials and directives right in the article, and explains each one when you point at it. Articles you clip go into a collection you can search, filter and export for other tools.',
    language: 'Interface language',
    sampleHeading: 'See it work on a sample passage',
    sampleOpen: 'See the annotated sample',
    sampleIntro:
      'A passage from one of the extension’s sample articles. The matcher has just read it on your machine, as it reads a news page: officials are named people with a Party, State, military or police title; directives are conclusions, resolutions… with their numbers.',
    sampleLabel: 'Annotated sample passage',
    legend: 'Colour key',
    official: 'Official',
    directive: 'Directive',
    verdictYes: 'About foreign-information work',
    verdictNo: 'Not about foreign-information work',
    scoreAbove: 'Score {score}, above the {threshold} threshold',
    scoreBelow: 'Score {score}, below the {threshold} threshold',
    evidence: 'Evidence, strongest first',
    evidenceTerm: 'term',
    evidenceDirective: 'directive',
    evidenceOfficial: 'official',
    times: '{n}×',
    officialsFound: 'Officials in the passage',
    directivesFound: 'Directives in the passage',
    none: 'None',
    badge: 'The number on the extension’s icon counts the officials and directives found on the page; for this passage, {n}.',
    whereHeading: 'Where it works',
    whereListed: 'By itself, with nothing to do on your part, on the listed news sites (and their subdomains).',
    siteSearch: 'Search the {n} listed news sites',
    siteMissing: 'This site is not listed: see the ways to turn it on below.',
    siteMore: 'and {n} more; type more to narrow.',
    more: 'Learn more',
    whereAlways:
      'Another site: open it, click the extension’s toolbar icon and choose “Always annotate this site”; from then on it runs there by itself.',
    whereVn: 'Every .vn site: in the same window, allow “all .vn sites” once; it then runs on every site whose address ends in .vn.',
    whereOnce: 'Just once: right-click the page and choose “Annotate this page”.',
    whereOff: 'To turn it off on one site, or pause it everywhere: use the buttons in the annotation panel beside the article.',
    privacyHeading: 'Everything stays on your machine',
    privacy:
      'The extension sends nothing anywhere: no server, no account, no tracking. The analysis runs in your browser; clipped articles stay in the browser’s storage on this machine and leave it only when you export a file yourself.',
    clipHeading: 'Clip articles to look them up later',
    clipIntro: 'Three ways to clip the article you are reading:',
    clipPanel: 'the “{button}” button in the annotation panel beside the article;',
    clipMenu: 'right-click the page and choose “{item}”;',
    clipKey: 'the shortcut {key} (to change it: Chrome at chrome://extensions/shortcuts; Firefox in about:addons, the gear button, “Manage Extension Shortcuts”).',
    clipLibrary:
      'Clipped articles show in the extension’s toolbar window and in the library: search, filter by official, directive and site, and export as:',
    openLibrary: 'Open the library',
    pinHeading: 'Pin the icon to the toolbar',
    pinWhy: 'Browsers tend to hide a newly installed extension’s icon. Pin it to always see the number on it and reach the collection in one click.',
    pinChrome: 'Chrome, Edge: click the Extensions button (the puzzle piece) right of the address bar, then the pin beside “Foreign-information news annotator”.',
    pinFirefox: 'Firefox: click the Extensions button (the puzzle piece) on the toolbar, the gear beside the extension’s name, and “Pin to Toolbar”.',
    settings: 'Language, highlight colours and the score threshold can be changed in the Settings page.',
    openSettings: 'Open Settings',
  },
);
export type OnboardingKey = Parameters<ReturnType<typeof onboardingStrings>>[0];

/** A string with its {name} placeholders filled. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The name of each language in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };
