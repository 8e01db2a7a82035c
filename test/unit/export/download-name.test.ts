import { describe, expect, it } from 'vitest';
import { downloadName, filterSlug } from '@/lib/export/download-name';
import { NO_FILTER } from '@/lib/collection/filter';
import { fold } from '@/lib/text/fold';

const day = new Date('2026-11-27T08:00:00Z');

describe('download names', () => {
  it('say the date and the filter, in ASCII', () => {
    expect(downloadName('.csv', null, 'vi', undefined, day)).toBe('ttdn-2026-11-27.csv');
    expect(downloadName('.csv', { ...NO_FILTER, directive: '57-KL/TW' }, 'vi', undefined, day)).toBe('ttdn-2026-11-27-57-KL-TW.csv');
    expect(downloadName('.csv', { ...NO_FILTER, official: fold('Nguyễn Trọng Nghĩa') }, 'vi', 'officialsFile', day)).toBe('ttdn-2026-11-27-nguyen-trong-nghia-quan-chuc.csv');
    expect(downloadName('.zip', { ...NO_FILTER, directive: '72/2015/NĐ-CP', site: 'nhandan.vn', topic: 'yes', query: 'đối ngoại' }, 'vi', undefined, day)).toBe(
      'ttdn-2026-11-27-72-2015-ND-CP-nhandan-vn-ttdn-tim-doi-ngoai.zip',
    );
    expect(downloadName('.json', { ...NO_FILTER, query: '   ' }, 'vi', undefined, day)).toBe('ttdn-2026-11-27.json');
    expect(downloadName('.csv', { ...NO_FILTER, tags: ['Đà Nẵng'], published: { from: '2024-01-01', to: '2024-06-30' } }, 'vi', undefined, day)).toBe(
      'ttdn-2026-11-27-nhan-da-nang-dang-2024-01-01-2024-06-30.csv',
    );
    expect(downloadName('.csv', { ...NO_FILTER, clipped: { from: null, to: '2025-03-31' } }, 'vi', undefined, day)).toBe('ttdn-2026-11-27-luu-den-2025-03-31.csv');
  });

  it('are in the interface language', () => {
    expect(downloadName('.csv', { ...NO_FILTER, official: fold('Nguyễn Trọng Nghĩa') }, 'en', 'officialsFile', day)).toBe('ttdn-2026-11-27-nguyen-trong-nghia-officials.csv');
    expect(downloadName('.csv', null, 'en', 'directivesFile', day)).toBe('ttdn-2026-11-27-directives.csv');
    expect(downloadName('.csv', { ...NO_FILTER, tags: ['Đà Nẵng'], topic: 'yes', published: { from: '2024-01-01', to: null } }, 'en', undefined, day)).toBe(
      'ttdn-2026-11-27-tag-da-nang-foreign-info-published-from-2024-01-01.csv',
    );
  });

  it('keep a long filter short', () => {
    expect(filterSlug({ ...NO_FILTER, query: 'từ khóa '.repeat(30) }, 'vi').length).toBeLessThanOrEqual(60);
    expect(filterSlug({ ...NO_FILTER, query: 'từ khóa '.repeat(30) }, 'vi')).not.toMatch(/-$/);
  });
});
