import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { cslJson, toCsl } from '@/lib/export/csl';
import { publicationOf } from '@/lib/export/publications';
import { NEWS_SITES } from '@/lib/site/sites';
import { SAMPLE, record } from '../../helpers/export-records';

// The CSL-JSON item model as the CSL specification defines it, for the variables the export writes
// (csl-items.schema.json, written for this project; unknown variables are refused).
const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, 'csl-items.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('CSL-JSON export', () => {
  it('is valid CSL-JSON', () => {
    const items = JSON.parse(cslJson(SAMPLE));
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items).toHaveLength(3);
  });

  it('describes a newspaper article as Zotero reads it', () => {
    expect(toCsl(SAMPLE[0]!)).toEqual({
      id: 'id-1',
      type: 'article-newspaper',
      title: '=HYPERLINK("http://x.example","bấm")',
      'container-title': 'VietnamPlus',
      URL: 'https://www.vietnamplus.vn/bai-1.vnp',
      language: 'vi',
      issued: { 'date-parts': [[2024, 8, 7]] },
      accessed: { 'date-parts': [[2024, 8, 8]] },
      author: [{ literal: 'Phóng viên TTXVN' }],
      abstract: 'Hội nghị triển khai công tác thông tin đối ngoại năm 2024 diễn ra tại Hà Nội.',
      note: 'Ghi chú, có "ngoặc kép"\nvà xuống dòng',
      keyword: 'Nguyễn Trọng Nghĩa, 57-KL/TW, TTĐN, +1',
    });
    expect(toCsl(SAMPLE[1]!).keyword).toBe('Nguyễn Trọng Nghĩa, Lê Hải Bình, 57-KL/TW, 47/NQ-CP');
  });

  it('leaves out what the article does not state, and names an unlisted site by its host', () => {
    const item = toCsl(SAMPLE[1]!);
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('author');
    expect(toCsl(SAMPLE[2]!)['container-title']).toBe('example.org');
    // The article's own day, not shifted by a time zone: 23:30 in Hà Nội is still that day.
    expect(toCsl(record({ published: '2024-12-31T23:30:00+07:00' })).issued).toEqual({ 'date-parts': [[2024, 12, 31]] });
  });

  it('names the publication of every listed news site, provincial papers and portals by their province', () => {
    for (const site of NEWS_SITES) expect(publicationOf(site), site).not.toBe(site);
    expect(publicationOf('baohatinh.vn')).toBe('Báo Hà Tĩnh');
    expect(publicationOf('baobariavungtau.com.vn')).toBe('Báo Bà Rịa - Vũng Tàu');
    expect(publicationOf('daknong.gov.vn')).toBe('Cổng thông tin điện tử tỉnh Đắk Nông');
    expect(publicationOf('danang.gov.vn')).toBe('Cổng thông tin điện tử Thành phố Đà Nẵng');
    expect(publicationOf('example.vn')).toBe('example.vn');
  });

  it('catches what the schema forbids (so the check above can fail)', () => {
    expect(validate([{ ...toCsl(SAMPLE[0]!), type: 'newspaper' }])).toBe(false);
    expect(validate([{ ...toCsl(SAMPLE[0]!), issued: '2024-08-07' }])).toBe(false);
  });
});
