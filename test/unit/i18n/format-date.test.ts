import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/i18n/format-date';

describe('dates as each language writes them', () => {
  it('writes day/month/year in Vietnamese and "29 Jun 2020" in English', () => {
    expect(formatDate('2020-06-29', 'vi')).toBe('29/6/2020');
    expect(formatDate('2020-06-29', 'en')).toBe('29 Jun 2020');
    expect(formatDate('2024-12-01', 'vi')).toBe('1/12/2024');
    expect(formatDate('2024-12-01', 'en')).toBe('1 Dec 2024');
  });

  it('reads the day of a date-time and leaves what is not a date as written', () => {
    expect(formatDate('2024-08-07T10:00:00+07:00', 'vi')).toBe('7/8/2024');
    expect(formatDate('2023', 'en')).toBe('2023');
    expect(formatDate('2024-13-40', 'en')).toBe('2024-13-40');
  });
});
