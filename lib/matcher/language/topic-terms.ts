/**
 * Vocabulary of foreign-information work (thông tin đối ngoại), in tiers
 * (../shared/research/vietnamese.md §6.3). Near-decisive terms name the work or
 * its bodies; strong ones name what it does (promote the country's image,
 * rebut distortions, inform the world); weak ones are diplomacy at large.
 * Confusers pull the score down: "Nghị quyết 57" on science and technology is
 * not Kết luận 57 on foreign information.
 */
export interface TopicTerm {
  term: string;
  weight: number;
}

const tier = (weight: number, terms: string[]): TopicTerm[] => terms.map((term) => ({ term, weight }));

export const TOPIC_TERMS: readonly TopicTerm[] = [
  ...tier(5, [
    'thông tin đối ngoại', 'TTĐN', 'thế trận thông tin đối ngoại', 'truyền hình đối ngoại', 'phát thanh đối ngoại',
    'báo chí đối ngoại', 'xuất bản phẩm đối ngoại', 'tuyên truyền đối ngoại', 'thông tin tuyên truyền đối ngoại',
    'Cục Thông tin đối ngoại', 'Cục Thông tin cơ sở và Thông tin đối ngoại', 'External Information',
    'truyền thông đối ngoại', 'thông tin điện tử đối ngoại',
  ]),
  ...tier(2, [
    'quảng bá hình ảnh', 'hình ảnh đất nước', 'hình ảnh Việt Nam', 'hình ảnh quốc gia', 'sức mạnh mềm', 'quyền lực mềm',
    'ngoại giao văn hóa', 'thông tin chính thức về Việt Nam', 'thông tin tình hình thế giới', 'cơ quan đại diện Việt Nam ở nước ngoài',
    'cơ quan đại diện', 'người Việt Nam ở nước ngoài', 'kiều bào', 'phóng viên nước ngoài', 'báo chí nước ngoài', 'báo chí quốc tế',
    'truyền thông quốc tế', 'họp báo quốc tế', 'tuyên truyền biển, đảo', 'tuyên truyền biển đảo', 'phân giới, cắm mốc',
    'phân giới cắm mốc', 'đấu tranh phản bác', 'phản bác các luận điệu', 'luận điệu xuyên tạc',
    'thông tin sai lệch', 'sai trái, thù địch', 'quan điểm sai trái', 'nhân quyền', 'quyền con người',
    'thương hiệu quốc gia', 'xếp hạng quốc gia', 'dư luận quốc tế',
    'cố tình xuyên tạc', 'xuyên tạc', 'người phát ngôn', 'phát ngôn viên', 'thông tin sai trái', 'Ban Chỉ đạo Nhân quyền',
    'giới thiệu về Việt Nam', 'hiểu đúng về Việt Nam', 'đất nước, con người Việt Nam', 'VTV4', 'VOV5', 'VietnamPlus',
  ]),
  // Strong only together with others: each also turns up in cyber-security, border and diplomacy news.
  ...tier(1.5, ['vị thế, uy tín', 'trên trường quốc tế', 'bạn bè quốc tế', 'quản lý biên giới', 'sai lệch', 'không gian mạng', 'thông tin xấu độc']),
  ...tier(0.5, [
    'đối ngoại', 'đối ngoại Đảng', 'ngoại giao Nhà nước', 'đối ngoại nhân dân', 'hội nhập quốc tế', 'hợp tác quốc tế',
    'Bộ Ngoại giao', 'Ban Đối ngoại Trung ương', 'Đại sứ', 'cộng đồng quốc tế', 'tuyên truyền', 'công tác tư tưởng',
    'Ban Tuyên giáo', 'báo chí', 'truyền thông', 'quốc tế',
  ]),
  ...tier(-3, ['khoa học, công nghệ, đổi mới sáng tạo', 'đổi mới sáng tạo và chuyển đổi số', 'chuyển đổi số quốc gia']),
];

/**
 * The foreign-information steering committee named as a body ("Ban Chỉ đạo công tác
 * thông tin đối ngoại tỉnh dự …"): a body attending is not the work itself, so the
 * name counts as a strong term, not a near-decisive one.
 */
export const STEERING_COMMITTEE = { label: 'Ban Chỉ đạo thông tin đối ngoại', weight: 2 };
/** Words that make the next "thông tin đối ngoại" / "TTĐN" that committee's name. */
export const STEERING_BEFORE = /(?:ban chỉ đạo|bcđ)(?: công tác)? $/;

/**
 * Human rights are foreign-information work when the text is about what is said
 * of them (rebutting distortions, informing the world); a human-rights dialogue
 * alone is diplomacy. These count as strong only beside another strong term or a
 * word of communication work.
 */
export const CONTEXT_TERMS: readonly string[] = [
  'nhân quyền', 'quyền con người', 'Ban Chỉ đạo Nhân quyền',
  // Likewise the struggle against wrong views, and overseas Vietnamese: the subject only beside informing the world.
  'quan điểm sai trái', 'sai trái, thù địch', 'người Việt Nam ở nước ngoài', 'kiều bào',
];
/** Weak terms that still say the text is about communication, which gives CONTEXT_TERMS their weight. */
export const COMMUNICATION_TERMS: readonly string[] = ['tuyên truyền', 'báo chí', 'truyền thông', 'công tác tư tưởng'];

/**
 * Directives on foreign-information work: each is near-decisive evidence. The
 * lexicon adds the seeds' directives whose subject names the work.
 */
export const TOPIC_DIRECTIVES: readonly string[] = [
  '26-CT/TW', '16-KL/TW', '57-KL/TW', '72/2015/NĐ-CP', '47/NQ-CP', '837/QĐ-TTg', '1191/QĐ-TTg', '368/QĐ-TTg',
  '79/2010/QĐ-TTg', '02/2019/TT-BTTTT', '01-HD/BTGTW', '21/CT-TTg', '1209/QĐ-TTg', '296/QĐ-TTg', '587/QĐ-TTg',
];

/** Confusers among directives: the same number on another subject. */
export const OFF_TOPIC_DIRECTIVES: readonly string[] = ['57-NQ/TW', '69-KL/TW', 'Nghị quyết 57'];
