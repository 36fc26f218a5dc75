/**
 * RTF forms as Microsoft Word writes them for a Chinese document (GBK bytes,
 * `\uN` with GBK fallbacks, Wingdings boxes as bytes, as `\uN` and as SYMBOL
 * fields, FORMCHECKBOX fields, merges down, old merges across, the title in
 * the page header): each gives exactly the facts of the same form as .xlsx,
 * under whatever name it comes. And RTF that is hostile or broken: a clear
 * message, quickly, and the batch goes on.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook, READ_LIMITS } from '../../src/lib/read/index';
import { FileError } from '../../src/lib/base/problem';
import { formLayout, makeFormWorkbook, randomFormSpec, type FormSpec } from '../fixtures/forms';
import { formRtf, type RtfBoxStyle, type RtfOptions } from '../fixtures/forms-rtf';
import { DOCX_CASES, expectSameFacts } from '../fixtures/docx-cases';

async function compare(spec: FormSpec, o: RtfOptions, ext = '.doc') {
	const g = await makeFormWorkbook(spec);
	const xlsx = processFile({ name: g.fileName, bytes: g.bytes });
	const rtf = processFile({ name: g.fileName.replace(/\.xlsx$/, ext), bytes: formRtf(formLayout(spec).sheets, o) });
	expectSameFacts(xlsx, rtf, spec, 0, 'rtf');
	return { g, rtf };
}

const STYLES: RtfBoxStyle[] = ['unicode', 'wingdings', 'wingdings-unicode', 'symbol-field', 'form-field'];

describe('RTF as Word writes it: the same facts as the .xlsx form', () => {
	for (const [i, [name, spec]] of DOCX_CASES.entries())
		it(name, async () => {
			const { g, rtf } = await compare(spec, { boxes: STYLES[i % STYLES.length], unicode: i % 2 === 0 }, ['.doc', '.rtf', '.wps'][i % 3]);
			expect(rtf.facts.filter((f) => f.status !== 'superseded').length).toBe(g.expected.length);
		});

	for (const boxes of STYLES)
		it(`boxes as ${boxes}, text as GBK bytes and as \\uN`, async () => {
			const spec = DOCX_CASES[5][1];
			await compare(spec, { boxes, unicode: false });
			await compare(spec, { boxes, unicode: true });
		});

	it('the title and 填报单位 line in the page header; merges across as \\clmgf/\\clmrg', async () => {
		for (const [, spec] of DOCX_CASES.slice(0, 4)) {
			await compare(spec, { boxes: 'wingdings', unicode: true, header: true });
			await compare(spec, { boxes: 'form-field', unicode: false, oldMergeAcross: true });
		}
	});

	it('random forms (10 seeds)', async () => {
		for (let seed = 400; seed < 410; seed++)
			await compare(randomFormSpec(seed, { format: 'xlsx' }), { boxes: STYLES[seed % STYLES.length], unicode: seed % 2 === 0, header: seed % 3 === 0, oldMergeAcross: seed % 4 === 0 });
	});
});

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('RTF that is broken or hostile: a message in Chinese and English, never a hang', () => {
	const spec = DOCX_CASES[0][1];
	const good = () => formRtf(formLayout(spec).sheets, { boxes: 'wingdings', unicode: true });

	it('cut short (groups left open): said to be incomplete', () => {
		const bytes = good();
		const r = processFile({ name: '截断.doc', bytes: bytes.subarray(0, bytes.length >> 1) });
		expect(r.error?.code).toBe('read.truncated');
		expect(r.error?.zh).toContain('“截断.doc”');
	});

	it('stray closing braces are ignored; text after the document is not read', async () => {
		const bytes = good();
		const extra = new Uint8Array(bytes.length + 20);
		extra.set(bytes);
		extra.set(ascii('}}}} trailing text }'), bytes.length);
		const g = await makeFormWorkbook(spec);
		expectSameFacts(processFile({ name: g.fileName, bytes: g.bytes }), processFile({ name: g.fileName.replace('.xlsx', '.rtf'), bytes: extra }), spec, 0, 'rtf');
	});

	it('groups nested a million deep: refused at once', () => {
		const deep = ascii('{\\rtf1 ' + '{'.repeat(1_000_000) + 'x' + '}'.repeat(1_000_001));
		const r = processFile({ name: '深.rtf', bytes: deep });
		expect(r.error?.code).toBe('read.corrupt');
		expect(r.error?.en).toMatch(/nested deeper/);
	});

	it('a \\bin that claims more bytes than the file has: refused; a real \\bin is stepped over', () => {
		expect(processFile({ name: '图.rtf', bytes: ascii('{\\rtf1 {\\pict\\bin999999999 abc}}') }).error?.code).toBe('read.truncated');
		// The six bytes after \bin6 are braces and backslashes: read as text they would unbalance the groups.
		const r = processFile({ name: '图.rtf', bytes: ascii('{\\rtf1 {\\pict\\bin6 }}{\\\\}}Notice\\par}') });
		expect(r.error?.code).toBe('read.no-table');
	});

	it('an enormous table: refused past the row, column and cell limits', () => {
		const limits = { ...READ_LIMITS, maxRows: 5_000, maxCells: 20_000, maxColumns: 500 };
		const read = (name: string, rtf: string) => {
			try {
				readWorkbook(ascii(rtf), name, limits);
			} catch (e) {
				return e instanceof FileError ? e : null;
			}
			return null;
		};
		const long = read('长表.rtf', '{\\rtf1 ' + '\\trowd\\cellx100\\intbl 1\\cell\\row '.repeat(6_000) + '}');
		expect(long?.code).toBe('read.too-many-rows');
		expect(long?.zh).toContain('表1');
		expect(read('宽表.rtf', '{\\rtf1 \\trowd' + '\\cellx1'.repeat(1_000) + '\\intbl 1\\cell\\row}')?.code).toBe('read.too-many-columns');
		expect(read('多格.rtf', '{\\rtf1 ' + '\\trowd\\cellx1\\cellx2\\cellx3\\cellx4\\cellx5\\intbl 1\\cell 2\\cell 3\\cell 4\\cell 5\\cell\\row '.repeat(4_500) + '}')?.code).toBe('read.too-many-cells');
		// At the real limits a table of 250,000 rows is refused, not read for minutes.
		const rows = ascii('{\\rtf1 ' + '\\trowd\\cellx100\\intbl 1\\cell\\row '.repeat(250_000) + '}');
		expect(processFile({ name: '长表.rtf', bytes: rows }).error?.code).toBe('read.too-many-rows');
	});

	it('a page header of many lines over many tables: refused past the cell limit, not built', () => {
		const rtf = '{\\rtf1 {\\header ' + Array.from({ length: 30_000 }, (_, i) => `line ${i}\\par `).join('') + '}' + '\\trowd\\cellx100\\intbl 1\\cell\\row\\pard\\par '.repeat(100) + '}';
		expect(processFile({ name: '页眉.rtf', bytes: ascii(rtf) }).error?.code).toBe('read.too-many-cells');
	});

	it('a batch with a broken RTF between good ones: the others load', async () => {
		const g = await makeFormWorkbook(spec);
		const results = [
			processFile({ name: 'a.doc', bytes: good() }),
			processFile({ name: 'b.doc', bytes: ascii('{\\rtf1 {\\fonttbl') }),
			processFile({ name: 'c.xlsx', bytes: g.bytes })
		];
		expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'read.truncated', 'ok']);
		expect(results[1].error?.en).toMatch(/truncated/);
	});
});
