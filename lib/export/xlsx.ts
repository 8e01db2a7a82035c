/**
 * A minimal SpreadsheetML (.xlsx) writer over the project's ZIP writer, since
 * Excel splits a CSV by the operating system's list separator, not by the
 * file, and the npm `xlsx` package is frozen while exceljs weighs about 1 MB.
 * Text is written as inline strings (never formulas, so "=…" stays text),
 * dates as serial numbers with a date style, shares with a percentage style.
 * What XML 1.0 cannot carry (control characters, lone surrogates) is dropped,
 * and a cell is cut at Excel's 32 767 characters.
 */
import { zipStore } from './zip';

/** A cell: text, a number, or a number shown as a day, a day and time, or a percentage. */
export type XlsxCell = string | number | null | { style: 'date' | 'datetime' | 'percent'; value: number };

export interface XlsxSheet {
  name: string;
  rows: readonly (readonly XlsxCell[])[];
}

/** Excel's day count for a calendar day and time read as they are (no time zone): 1970-01-01 is 25 569. */
export function excelSerial(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number {
  return Date.UTC(year, month - 1, day, hours, minutes, seconds) / 86_400_000 + 25_569;
}

const STYLE_INDEX = { date: 1, datetime: 2, percent: 3 } as const;
const MAX_CELL = 32_767;
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Text as XML character data, cut to what a cell holds (at a code point boundary). */
export function xmlText(value: string): string {
  let text = value.replace(/\r\n?/g, '\n').replace(NOT_XML, '');
  if (text.length > MAX_CELL) text = text.slice(0, MAX_CELL - 1).replace(/[\uD800-\uDBFF]$/u, '') + '…';
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** "A", "B", … "Z", "AA"… */
function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cell(value: XlsxCell, ref: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : '';
  return Number.isFinite(value.value) ? `<c r="${ref}" s="${STYLE_INDEX[value.style]}"><v>${value.value}</v></c>` : '';
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

function worksheet(sheet: XlsxSheet): string {
  const rows = sheet.rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, `${column(c)}${r + 1}`)).join('')}</row>`);
  // The header row stays in view while scrolling.
  const freeze = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${XML}<worksheet xmlns="${MAIN}">${freeze}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/** Excel refuses sheet names with []:*?/\, longer than 31 characters, or repeated. */
function sheetNames(sheets: readonly XlsxSheet[]): string[] {
  const taken = new Set<string>();
  return sheets.map((s, i) => {
    let name = s.name.replace(/[[\]:*?/\\]/g, ' ').replace(NOT_XML, '').trim().slice(0, 31) || `Sheet${i + 1}`;
    if (taken.has(name.toLowerCase())) name = `${name.slice(0, 28)} ${i + 1}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

const STYLES = `${XML}<styleSheet xmlns="${MAIN}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

const encoder = new TextEncoder();

/** The workbook as ZIP pieces, for a Blob. */
export function xlsx(sheets: readonly XlsxSheet[], modified = new Date()): Uint8Array<ArrayBuffer>[] {
  const names = sheetNames(sheets);
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`).join('')}</Types>`,
    ],
    ['_rels/.rels', `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${names.map((name, i) => `<sheet name="${xmlText(name).replace(/"/g, '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${PKG_REL}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
    ...sheets.map((sheet, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, worksheet(sheet)]),
  ];
  return zipStore(files.map(([name, text]) => ({ name, data: encoder.encode(text), modified })));
}
