/**
 * The own .xlsx reader (xlsx.ts) must give the Workbook SheetJS gives, field
 * for field, on real files — written by exceljs and SheetJS, and files whose
 * XML is edited (inside the zip) to hold what no library here writes: inline
 * and rich strings with phonetic runs, booleans, errors, t="d", shared and
 * array formulas, formulas without values, date1904, hidden sheets, entities.
 * It must actually take the common files (and the number formats Chinese
 * government workbooks use), and decline (SheetJS then reads
 * them, with the same result) what it does not reproduce.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { readWorkbook } from '../../src/lib/read/index';
import { readWithSheetJS } from '../../src/lib/read/sheetjs';
import { Decline, readXlsxOrDecline } from '../../src/lib/read/xlsx';
import { edited, partsOf, withChartsheet } from '../fixtures/edit-xlsx';
import { SSF_THROWS_FORMATS, ZH_CN_FORMATS } from '../fixtures/number-formats';
import { READ_LIMITS } from '../../src/lib/read/limits';
import { ALL_VARIANTS } from '../fixtures/variants';
import { makeBigWideWorkbook } from '../fixtures/wide';
import { makeFormWorkbook, randomFormSpec } from '../fixtures/forms';
import { SAMPLES } from '../fixtures/shared';


/** Read by the own reader (not declined), and equal to SheetJS's reading, also through readWorkbook. */
function expectOwn(bytes: Uint8Array, name = 'x.xlsx') {
	const own = readXlsxOrDecline(partsOf(bytes), name, READ_LIMITS);
	if (own instanceof Decline) throw new Error(`${name}: declined (${own.message})`);
	const sheetjs = readWithSheetJS(bytes, 'xlsx', name);
	expect(own, name).toEqual(sheetjs);
	expect(readWorkbook(bytes, name)).toEqual(sheetjs);
	return own;
}

/** Declined by the own reader, and read all the same (by SheetJS) through readWorkbook. */
function expectDeclined(bytes: Uint8Array, reason: RegExp) {
	const own = readXlsxOrDecline(partsOf(bytes), 'x.xlsx', READ_LIMITS);
	expect(own).toBeInstanceOf(Decline);
	expect((own as Decline).message).toMatch(reason);
	expect(readWorkbook(bytes, 'x.xlsx')).toEqual(readWithSheetJS(bytes, 'xlsx', 'x.xlsx'));
}

const FORMATS = [
	'General',
	'0',
	'0.0',
	'0.00',
	'0.000',
	'#,##0',
	'#,##0.0',
	'#,##0.00',
	'0%',
	'0.0%',
	'0.00%',
	'@',
	'yyyy-mm-dd',
	'yyyy/m/d',
	'yyyy"年"m"月"d"日"',
	'yyyy"年"m"月"d"日";@',
	'[$-804]yyyy"年"m"月"d"日"',
	'm/d/yy',
	'mmm-yy',
	'd-mmm-yy',
	'dddd, mmmm dd, yyyy',
	'yy.mm.dd'.replace(/\./g, '\\.'),
	'mm"月"dd"日"'
];

/** One column a format, one row a value. */
function fillFormats(ws: ExcelJS.Worksheet, formats: readonly string[], values: readonly number[]): void {
	formats.forEach((fmt, c) =>
		values.forEach((v, r) => {
			const cell = ws.getCell(r + 1, c + 1);
			cell.value = v;
			cell.numFmt = fmt;
		})
	);
}

const VALUES = [0, 1, -1, 2.5, -2.5, 0.125, 1234.5, -1234.567, 1e-7, 123456789.987, 0.1 + 0.2, 45000, 45000.75, 1e15, -0.004, 99.995, 12.345, 0.5, 1.005];

/** exceljs: every kind of cell it writes, the number formats above over many values, three sheets (one hidden). */
async function exceljsWorkbook(): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('数值');
	ws.addRow(['单位', '场次', '比例', '日期', '金额', '备注']);
	ws.addRow(['甲乡 & 乙镇 <一>', 12, 0.256, new Date(Date.UTC(2023, 5, 16)), 1234.5, '  有空格  ']);
	ws.addRow(['“引号”', 3.14159, 1, new Date(Date.UTC(2021, 0, 1)), -7, 'a\r\nb']);
	ws.getCell('B4').value = { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] };
	ws.getCell('F5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
	ws.getCell('A6').value = 0.1 + 0.2;
	ws.getCell('B6').value = true;
	ws.getCell('C6').value = { error: '#N/A' };
	ws.mergeCells('A8:C8');
	ws.getCell('A8').value = '合并';
	fillFormats(wb.addWorksheet('格式'), FORMATS, VALUES);
	const f = wb.addWorksheet('公式');
	f.getCell('A1').value = 2;
	f.getCell('A2').value = { formula: 'A1*3', result: 6 };
	f.getCell('A3').value = { formula: 'A2-1' };
	f.getCell('A4').value = { formula: 'CONCAT("a","b")', result: 'ab' };
	const hidden = wb.addWorksheet('隐藏');
	hidden.state = 'hidden';
	hidden.getCell('C3').value = '藏';
	const very = wb.addWorksheet('深藏');
	very.state = 'veryHidden';
	very.getCell('A1').value = 1;
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The zh-CN formats, and those SSF throws on (SheetJS then keeps no text: neither does the own reader). */
const CHINESE_FORMATS = [...ZH_CN_FORMATS, ...SSF_THROWS_FORMATS];
const CHINESE_VALUES = [0, 1, -1, 0.5, -2.5, 1234.5, -1234.567, 0.125, 45000.75, 45000.999994, 45123.3333333333, 1e-7, 3e7, 99.995, 2958465.5, 2958466, 1 / 3];

/** exceljs: a sheet of the zh-CN number formats over values. */
async function chineseFormatsWorkbook(): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	fillFormats(wb.addWorksheet('格式'), CHINESE_FORMATS, CHINESE_VALUES);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** SheetJS: plain strings (t="str"), numbers, booleans, errors, merges. */
function sheetjsWorkbook(): Uint8Array {
	const wb = XLSX.utils.book_new();
	const ws = XLSX.utils.aoa_to_sheet([['汇总', null, null], ['单位', '场次', '说明'], ['甲', 3, ' 7 '], ['乙', 4.5, 'x &amp; y'], ['丙', -0.5, 'a\nb']]);
	ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }];
	ws['D3'] = { t: 'e', v: 0x07 };
	ws['!ref'] = 'A1:D5';
	XLSX.utils.book_append_sheet(wb, ws, '表一');
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[true, false, 1]]), '布尔');
	return new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'array', compression: true }) as ArrayBuffer);
}

/** A one-sheet exceljs file whose worksheet, shared strings, styles or workbook XML the test then edits. */
async function baseWorkbook(): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('S');
	ws.getCell('A1').value = '甲';
	ws.getCell('B1').value = 1;
	ws.getCell('C1').value = 2;
	ws.getCell('C1').numFmt = 'yyyy-mm-dd';
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

const SHEET = 'xl/worksheets/sheet1.xml';
const withSheetData = (rows: string) => (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows}</sheetData>`);

describe('the own .xlsx reader', () => {
	it('reads exceljs and SheetJS files as SheetJS does: every kind of cell, the number formats, hidden and very hidden sheets', async () => {
		const own = expectOwn(await exceljsWorkbook());
		expect(own.sheets.map((s) => [s.name, s.hidden])).toEqual([
			['数值', false],
			['格式', false],
			['公式', false],
			['隐藏', true],
			['深藏', true]
		]);
		expect(own.problems?.map((p) => p.code)).toEqual(['formula.computed']);
		expect(own.sheets[2].rows[2]?.[0]).toMatchObject({ value: 5, formula: true });
		expectOwn(sheetjsWorkbook());
	});

	it('takes the number formats of Chinese government workbooks (padding, sections, colours, currency, units, times, fractions) as SheetJS reads them', async () => {
		const own = expectOwn(await chineseFormatsWorkbook());
		const col = (fmt: string) => own.sheets[0].rows.map((row) => row?.[CHINESE_FORMATS.indexOf(fmt)]);
		// A date-time is a Date with its time of day; its text shows both.
		const dt = col('yyyy/m/d h:mm')[CHINESE_VALUES.indexOf(45000.75)]!;
		expect(dt.value).toEqual(new Date(Date.UTC(2023, 2, 15, 18, 0)));
		expect(dt.text).toBe('2023/3/15 18:00');
		expect(col('#,##0.00_);[Red]\\(#,##0.00\\)')[CHINESE_VALUES.indexOf(-1234.567)]!.text).toBe('(1,234.57)');
		expect(col('#,##0.00"万元"')[CHINESE_VALUES.indexOf(1234.5)]!.text).toBe('1,234.50万元');
		// SSF throws on a bare ¥ (outside quotes): SheetJS keeps no text, the number's own digits stand.
		expect(col('¥#,##0;¥\\-#,##0')[CHINESE_VALUES.indexOf(1234.5)]!.text).toBe('1234.5');
	});

	it('gives a date1904 workbook’s dates the day their text shows, on both paths', async () => {
		const wb = new ExcelJS.Workbook();
		wb.properties.date1904 = true;
		const ws = wb.addWorksheet('S');
		const serials = [0, 1, 366.5, 40000, 43462.75, 45000.25, 1.5];
		serials.forEach((v, r) => {
			ws.getCell(r + 1, 1).value = v;
			ws.getCell(r + 1, 1).numFmt = 'yyyy-mm-dd hh:mm:ss';
			ws.getCell(r + 1, 2).value = v;
			ws.getCell(r + 1, 2).numFmt = 'yyyy/m/d';
		});
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		const own = expectOwn(bytes);
		serials.forEach((v, r) => {
			const [full, day] = own.sheets[0].rows[r]!;
			expect(full!.value, `${v}`).toBeInstanceOf(Date);
			expect((full!.value as Date).toISOString().slice(0, 19).replace('T', ' '), `${v}`).toBe(full!.text);
			const d = day!.value as Date;
			expect(`${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`).toBe(day!.text);
		});
		expect(own.sheets[0].rows[0]![0]!.text).toBe('1904-01-01 00:00:00');
	});

	it('reads every layout variant, random forms, a wide table and the sample files', async () => {
		const files: [string, Uint8Array][] = [];
		for (const v of ALL_VARIANTS) files.push([v.name, await v.bytes()]);
		for (let i = 0; i < 40; i++) files.push([`form ${i}`, (await makeFormWorkbook(randomFormSpec(900 + i))).bytes]);
		files.push(['wide', makeBigWideWorkbook(300, 60)]);
		for (const f of readdirSync(SAMPLES)) if (f.endsWith('.xlsx')) files.push([f, new Uint8Array(readFileSync(`${SAMPLES}/${f}`))]);
		let read = 0;
		for (const [name, bytes] of files) {
			if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) continue; // CSV and .xls: no zip
			expectOwn(bytes, name);
			read++;
		}
		expect(read).toBeGreaterThan(40);
	});

	it('reads inline and rich strings with phonetic runs, booleans, errors, t="d", shared and array formulas, entities and escapes', async () => {
		const base = await baseWorkbook();
		const rows =
			'<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> 内联 &amp; &lt;x&gt; </t></is></c>' +
			'<c r="B1" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r><rPh sb="0" eb="1"><t>フ</t></rPh><phoneticPr fontId="1"/></is></c>' +
			'<c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#DIV/0!</v></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
			'<row r="2"><c r="A2" t="d"><v>2024-06-01</v></c><c r="B2" t="d" s="1"><v>2024-06-01T12:30:00</v></c><c r="C2" t="d"><v>12:30</v></c>' +
			'<c r="D2" t="str"><v>a &amp;amp; b &#65;_x0041_&#13;&#10;c</v></c><c r="E2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="F2" t="str"><f>T("")</f></c></row>' +
			'<row r="3"><c r="A3"><f t="shared" ref="A3:A5" si="0">B3*2</f><v>4</v></c><c r="B3"><v>2</v></c></row>' +
			'<row r="4"><c r="A4"><f t="shared" si="0"/><v>6</v></c><c r="B4"><v>3</v></c></row>' +
			'<row r="5"><c r="A5"><f t="shared" si="0"></f><v>8</v></c><c r="B5"><v>4</v></c><c r="C5"><f>_xlfn.CONCAT(B3,B4)</f></c><c r="D5" t="s"><f>B3&amp;""</f></c></row>' +
			'<row r="6" spans="1:3"><c r="A6"><f t="array" ref="A6:A7">B3:B4*2</f><v>4</v></c><c r="B6" s="1"/><c r="D6"/><c r="C6" t="n"><v>1.5</v></c></row>' +
			'<row r="7"/><row r="9"><c r="Z9"><v>-0</v></c></row>';
		const bytes = edited(base, {
			[SHEET]: withSheetData(rows),
			'xl/sharedStrings.xml': (xml) =>
				xml.replace(/<si>[\s\S]*<\/si>/, '<si><r><t>甲</t></r><r><t xml:space="preserve"> 乙\r\n</t></r><rPh sb="0" eb="1"><t>コウ</t></rPh><phoneticPr fontId="1"/></si>')
		});
		const own = expectOwn(bytes);
		const row = (r: number) => own.sheets[0].rows[r]?.map((c) => c && [c.value, c.text, !!c.formula]);
		expect(row(0)).toEqual([
			[' 内联 & <x> ', ' 内联 & <x> ', false],
			['富文本', '富文本', false],
			[true, 'TRUE', false],
			[false, 'FALSE', false],
			['#DIV/0!', '#DIV/0!', false],
			['#DIV/0!', '#DIV/0!', true]
		]);
		// C5 and D5 carry no value: computed from the sheet (CONCAT of 2 and 3; 2&""), and named in one note.
		expect(own.problems?.map((p) => [p.code, p.cell])).toEqual([['formula.computed', 'C5']]);
		expect(row(4)?.slice(2)).toEqual([
			['23', '23', true],
			['2', '2', true]
		]);
	});

	it('reads a date1904 workbook, merges, and the built-in format ids SheetJS fills in (27–36, 50–58 …) as it does', async () => {
		const ids = [0, 1, 2, 3, 4, 9, 10, 14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 49, 50, 51, 52, 53, 54, 55, 57, 58, 59, 60, 61, 62, 67, 68, 71, 72, 73, 74, 75];
		const xfs = ids.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join('');
		const rows = ids.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="${i}"><v>45000.25</v></c><c r="B${i + 1}" s="${i}"><v>-1.5</v></c><c r="C${i + 1}" s="${i}" t="s"><v>0</v></c><c r="D${i + 1}" s="${i}"><v>45000.25</v></c></row>`).join('');
		for (const date1904 of [false, true]) {
			const bytes = edited(await baseWorkbook(), {
				[SHEET]: (xml) => withSheetData(rows)(xml).replace('</sheetData>', '</sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="C3:C9"/></mergeCells>'),
				'xl/styles.xml': (xml) => xml.replace(/<cellXfs[^>]*>[\s\S]*<\/cellXfs>/, `<cellXfs count="${ids.length}">${xfs}</cellXfs>`),
				'xl/workbook.xml': (xml) => (date1904 ? xml.replace(/<workbookPr[^>]*\/>/, '<workbookPr date1904="1"/>') : xml)
			});
			const own = expectOwn(bytes);
			expect(own.sheets[0].merges).toEqual([
				{ r0: 0, c0: 0, r1: 1, c1: 1 },
				{ r0: 2, c0: 2, r1: 8, c1: 2 }
			]);
		}
	});

	it('declines what it does not reproduce — a number past double range, a chartsheet, a shared formula child without a value, a non-ASCII reference — and SheetJS reads it the same', async () => {
		const base = await baseWorkbook();
		// A number past double range (SSF's #DIV/0! path for an infinite value is not reproduced; number formats themselves all are).
		expectDeclined(edited(base, { [SHEET]: withSheetData('<row r="1"><c r="A1" s="1"><v>1e999</v></c></row>') }), /not a number/);
		expectDeclined(
			edited(base, {
				[SHEET]: withSheetData('<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1</f><v>1</v></c><c r="B1"><v>1</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/></c></row>')
			}),
			/shared formula/
		);
		expectDeclined(edited(base, { [SHEET]: withSheetData('<row r="1"><c r="A1" t="str"><v>&#20013;</v></c></row>') }), /reference/);
		const chart = withChartsheet(base);
		expectDeclined(chart, /not a worksheet/);
	});

	it('refuses a sheet past the row, column and cell limits as SheetJS’s path does', async () => {
		const bytes = makeBigWideWorkbook(50, 20);
		for (const limits of [
			{ ...READ_LIMITS, maxRows: 10 },
			{ ...READ_LIMITS, maxColumns: 5 },
			{ ...READ_LIMITS, maxCells: 100 }
		]) {
			const err = (f: () => unknown) => {
				try {
					f();
				} catch (e) {
					return e;
				}
				return null;
			};
			const own = err(() => readXlsxOrDecline(partsOf(bytes), 'x.xlsx', limits));
			expect(own).not.toBeNull();
			expect(own).toEqual(err(() => readWithSheetJS(bytes, 'xlsx', 'x.xlsx', limits)));
		}
	});
});
