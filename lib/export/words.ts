/**
 * The words exports put in names, in the interface language: download file
 * names (ASCII, download-name.ts), workbook sheet names, Obsidian folders.
 */
import { defineStrings } from '../i18n/i18n';

export const exportWords = defineStrings(
  {
    articles: 'Bài viết',
    officials: 'Quan chức',
    directives: 'Văn bản',
    officialsFile: 'quan-chuc',
    directivesFile: 'van-ban',
    tagFile: 'nhan',
    foreignInfoFile: 'ttdn',
    otherFile: 'khac',
    publishedFile: 'dang',
    clippedFile: 'luu',
    fromFile: 'tu',
    toFile: 'den',
    searchFile: 'tim',
  },
  {
    articles: 'Articles',
    officials: 'Officials',
    directives: 'Directives',
    officialsFile: 'officials',
    directivesFile: 'directives',
    tagFile: 'tag',
    foreignInfoFile: 'foreign-info',
    otherFile: 'other',
    publishedFile: 'published',
    clippedFile: 'clipped',
    fromFile: 'from',
    toFile: 'to',
    searchFile: 'search',
  },
);
