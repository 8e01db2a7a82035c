/**
 * English names of the document kinds the matcher knows (lib/matcher/language/documents.ts),
 * apart from the rest of the glossary (glossary.ts) because this part alone reaches the
 * in-page panel: about 0.4 KB gzipped of the annotator's 50 KB budget (README, "Languages").
 * Sources: the Government portal's English pages (vietnam.gov.vn: Resolution, Decree,
 * Decision, Circular, Directive), the Party's English site (en.dangcongsan.vn: Conclusion,
 * Regulation, Instruction for the Party's "Thông tri") and VNA/VietnamPlus English
 * (en.vietnamplus.vn: Official Dispatch, Project 06, Action Programme).
 */
export const KIND_GLOSSES: Readonly<Record<string, string>> = {
  'Nghị quyết': 'Resolution',
  'Nghị quyết liên tịch': 'Joint Resolution',
  'Nghị định': 'Decree',
  'Quyết định': 'Decision',
  'Quy định': 'Regulation',
  'Chỉ thị': 'Directive',
  'Kết luận': 'Conclusion',
  'Quy chế': 'Rules',
  'Thông tư': 'Circular',
  'Thông tư liên tịch': 'Joint Circular',
  'Thông tri': 'Instruction',
  'Thông báo': 'Notice',
  'Thông báo kết luận': 'Notice of Conclusions',
  'Thông cáo': 'Communiqué',
  'Hướng dẫn': 'Guidance',
  'Chương trình': 'Programme',
  'Chương trình hành động': 'Action Programme',
  'Kế hoạch': 'Plan',
  'Phương án': 'Option',
  'Đề án': 'Project',
  'Dự án': 'Draft',
  'Báo cáo': 'Report',
  'Biên bản': 'Minutes',
  'Tờ trình': 'Submission',
  'Hợp đồng': 'Contract',
  'Công điện': 'Official Dispatch',
  'Công văn': 'Official Letter',
  'Bản ghi nhớ': 'Memorandum of Understanding',
  'Văn bản hợp nhất': 'Consolidated Text',
  'Bản sao': 'Copy',
  'Luật': 'Law',
  'Pháp lệnh': 'Ordinance',
  'Lệnh': 'Order',
  'Văn bản': 'Document',
};

/** A kind's English name; the kind as the matcher names it (KIND_WORDS' values, TYPE_CODES'). */
export function glossKind(kind: string): string | undefined {
  return KIND_GLOSSES[kind.normalize('NFC')];
}
