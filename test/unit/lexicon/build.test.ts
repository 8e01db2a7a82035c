import { TOPIC_TERMS } from '@/lib/matcher/language/topic-terms';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicon, type SeedArticle } from '@/lib/lexicon/build';
import { seedLexicon } from '@/lib/lexicon/seed-lexicon';
import { createMatcher } from '@/lib/matcher/matcher';

const seedsDir = join(import.meta.dirname, '..', '..', '..', 'seeds');
const seeds: SeedArticle[] = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(seedsDir, file), 'utf8') }));
const lexicon = buildLexicon(seeds);
const official = (name: string) => lexicon.officials.find((o) => o.name === name);

describe('lexicon built from the seed articles', () => {
  it('is what the build step generated (the artefact is never edited by hand)', () => {
    expect(seedLexicon).toEqual(JSON.parse(JSON.stringify(lexicon)));
  });

  it('knows every seed official with every title the seeds give them and where they come from', () => {
    expect(official('Lại Xuân Môn')).toMatchObject({
      titles: ['Ủy viên Trung ương Đảng', 'Phó trưởng Ban Thường trực Ban Tuyên giáo Trung ương'],
      sources: ['000_f5247a170da7453b.txt'],
    });
    expect(official('Nguyễn Trọng Nghĩa')!.titles).toEqual(
      expect.arrayContaining(['Bí thư Trung ương Đảng', 'Trưởng Ban Tuyên giáo Trung ương', 'Trưởng Ban Chỉ đạo Công tác Thông tin Đối ngoại']),
    );
    expect(official('Nguyễn Trọng Nghĩa')!.sources).toEqual(['001_234db44009df922f.txt', '004_8c32dc36a4ae1829.txt']);
    expect(official('Lê Hải Bình')!.sources).toHaveLength(2);
    expect(official('Phan Xuân Thủy')!.titles).toEqual(['Phó Trưởng Ban Tuyên giáo Trung ương']);
    expect(official('Đặng Thị Phương Thảo')!.titles).toEqual(['Phó Vụ trưởng Vụ Chính sách đối ngoại, Bộ Ngoại giao Việt Nam']);
    expect(official('Trịnh Văn Quyết')!.titles).toContain('Thượng tướng');
    expect(lexicon.officials).toHaveLength(16);
  });

  it('does not learn bylines, boilerplate or a company staff line as officials', () => {
    const names = lexicon.officials.map((o) => o.name);
    for (const notOfficial of ['Hạnh Nguyên', 'Quang Huy', 'Potapova Alena', 'Hà Nội']) expect(names).not.toContain(notOfficial);
  });

  it('knows the seed directives with their kind, issuer, date and subject', () => {
    const byId = Object.fromEntries(lexicon.directives.map((d) => [d.id, d]));
    expect(Object.keys(byId).sort()).toEqual(['111-HD/BTGTW', '16-KL/TW', '47/NQ-CP', '57-KL/TW', '71-KL/TW']);
    expect(byId['57-KL/TW']).toMatchObject({
      kind: 'Kết luận',
      issuer: 'Bộ Chính trị',
      date: '2023-06-15',
      subject: 'về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới',
    });
    expect(byId['47/NQ-CP']).toMatchObject({ kind: 'Nghị quyết', issuer: 'Chính phủ', date: '2024-04-15' });
    expect(byId['71-KL/TW']).toMatchObject({ issuer: 'Bộ Chính trị', date: '2024-02-16' });
    expect(byId['111-HD/BTGTW']).toMatchObject({ kind: 'Hướng dẫn', issuer: 'Ban Tuyên giáo Trung ương', date: '2023-08-11' });
    expect(byId['16-KL/TW']).toMatchObject({ issuer: 'Bộ Chính trị', date: '2012-02-14' });
    expect(lexicon.topicDirectives).toEqual(expect.arrayContaining(['57-KL/TW', '47/NQ-CP', '16-KL/TW']));
  });

  it('collects the organisations and title heads the seeds use', () => {
    expect(lexicon.organisations).toEqual(expect.arrayContaining(['Ban Tuyên giáo Trung ương', 'Bộ Ngoại giao', 'Bộ Công an', 'Cục Thông tin đối ngoại']));
    expect(lexicon.titleHeads).toEqual(
      expect.arrayContaining(['Bí thư', 'Trưởng Ban', 'Bộ trưởng', 'Phó Chánh Văn phòng', 'Thượng tướng', 'Thiếu tướng', 'Phó Cục trưởng']),
    );
  });

  it('weights topic terms the seeds confirm more than those they do not', () => {
    const term = (t: string) => lexicon.topicTerms.find((x) => x.term === t);
    const base = (t: string) => TOPIC_TERMS.find((x) => x.term === t)!.weight;
    expect(term('thông tin đối ngoại')!.seedDocs).toBe(5);
    expect(term('thông tin đối ngoại')!.weight).toBeGreaterThan(base('thông tin đối ngoại'));
    // Unconfirmed terms are not copied: the matcher keeps them at their base weight.
    expect(term('sức mạnh mềm')).toBeUndefined();
    expect(lexicon.topicTerms.every((t) => t.seedDocs > 0 && t.weight > 0)).toBe(true);
  });

  it('learns the officials and directives of an article added to the seeds', () => {
    const added: SeedArticle = {
      file: '005_new.txt',
      text: 'Ngày 10/3, Thứ trưởng Thường trực Bộ Ngoại giao Nguyễn Minh Vũ chủ trì hội nghị triển khai Quyết định số 837/QĐ-TTg ngày 14/7/2022 của Thủ tướng Chính phủ về Đề án nâng cao hiệu quả công tác thông tin đối ngoại.',
    };
    const grown = buildLexicon([...seeds, added]);
    expect(grown.officials.find((o) => o.name === 'Nguyễn Minh Vũ')).toMatchObject({ titles: ['Thứ trưởng Thường trực Bộ Ngoại giao'], sources: ['005_new.txt'] });
    expect(grown.directives.find((d) => d.id === '837/QĐ-TTg')).toMatchObject({ date: '2022-07-14', issuer: 'Thủ tướng Chính phủ' });
    // What it learnt reaches articles that only cite the document.
    expect(createMatcher(grown).analyze('theo Quyết định 837/QĐ-TTg').directives[0]).toMatchObject({ date: '2022-07-14' });
  });
});
