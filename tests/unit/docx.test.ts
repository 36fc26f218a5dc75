/**
 * Word forms read like Excel forms: every generated form (forms.ts) written
 * as .xlsx and as .docx — by the `docx` library in every layout variant, by
 * hand with Word's own check boxes (w:sym, symbol-font runs, content
 * controls, form fields) and gridBefore — gives the same facts, each named
 * by its table and its cell in the table.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { formLayout, makeFormWorkbook, randomFormSpec, randomValues, rng, type FormSpec } from '../fixtures/forms';
import { docxByHand, docxByLibrary, type BoxStyle } from '../fixtures/forms-docx';
import { base, DOCX_CASES, docxName, expectSameFacts } from '../fixtures/docx-cases';

async function both(spec: FormSpec, write: (s: FormSpec) => Uint8Array | Promise<Uint8Array>) {
	const g = await makeFormWorkbook(spec);
	const xlsx = processFile({ name: g.fileName, bytes: g.bytes });
	const docx = processFile({ name: docxName(g.fileName), bytes: await write(spec) });
	return { g, xlsx, docx };
}

describe('.docx written by the docx library: the same facts as the .xlsx form', () => {
	for (const [name, spec] of DOCX_CASES)
		it(name, async () => {
			const { g, xlsx, docx } = await both(spec, (s) => docxByLibrary(formLayout(s).sheets));
			expectSameFacts(xlsx, docx, spec);
			// And the generator's own truth, not only agreement with the workbook.
			expect(docx.facts.filter((f) => f.status !== 'superseded').length).toBe(g.expected.length);
		});

	it('random forms (20 seeds)', async () => {
		for (let seed = 300; seed < 320; seed++) {
			const spec = randomFormSpec(seed, { format: 'xlsx' });
			const { xlsx, docx } = await both(spec, (s) => docxByLibrary(formLayout(s).sheets));
			expectSameFacts(xlsx, docx, spec);
		}
	});

	it('an untouched form yields no facts; every paragraph and cell is in the ledger', async () => {
		const spec = base('2021', 12, { values: {}, layout: { footnote: true } });
		const { docx } = await both(spec, (s) => docxByLibrary(formLayout(s).sheets));
		expect(docx.facts).toEqual([]);
		expect(docx.ledger.some((l) => l.cell === '段1' && l.reason === 'title')).toBe(true);
		expect(docx.ledger.some((l) => /^段\d+$/.test(l.cell) && l.reason === 'footnote')).toBe(true);
		expect(docx.ledger.every((l) => l.sheet === '表1')).toBe(true);
	});
});

describe("Word's own check boxes and layouts, written by hand into a real zip", () => {
	const styles: BoxStyle[] = ['unicode', 'wingdings', 'wingdings2', 'symbol-font-run', 'content-control', 'form-field'];
	for (const style of styles)
		it(`boxes as ${style}`, async () => {
			for (const template of ['2020', '2021'] as const) {
				const spec = base(template, 40, { year: template === '2020' ? 2020 : 2021, filedOn: template === '2020' ? '2020-06-30' : '2021-06-24', checkStyle: 'boxes', notation: 'mixed' });
				const { xlsx, docx } = await both(spec, (s) => docxByHand(formLayout(s).sheets, style));
				expectSameFacts(xlsx, docx, spec);
				expect(docx.facts.some((f) => f.family === 'F')).toBe(true);
			}
		});

	it('gridBefore: rows that start one grid column in', async () => {
		const spec = base('2020', 41, { year: 2020, filedOn: '2020-06-30', checkStyle: 'boxes', layout: { rowNumbers: true } });
		const { xlsx, docx } = await both(spec, (s) => docxByHand(formLayout(s).sheets, 'wingdings', 1));
		expectSameFacts(xlsx, docx, spec, 1);
	});

	it('repeated filings: the later 填报日期 wins, in Word as in Excel', async () => {
		const { resolveFilings } = await import('../../src/lib/pipeline');
		const results = await Promise.all(
			['2021-06-08', '2021-06-24'].map(async (filedOn) => {
				const spec = base('2021', 42, { filedOn, fileName: `山河镇（${filedOn.slice(5)}）.xlsx` });
				return processFile({ name: docxName(spec.fileName!), bytes: docxByHand(formLayout(spec).sheets, 'content-control') });
			})
		);
		const facts = resolveFilings(results);
		const bySheet = new Map<string, Set<string>>();
		for (const f of facts) (bySheet.get(f.file) ?? bySheet.set(f.file, new Set()).get(f.file)!).add(f.status);
		expect([...bySheet.get('山河镇（06-08）.docx')!]).toEqual(['superseded']);
		expect(bySheet.get('山河镇（06-24）.docx')!.has('superseded')).toBe(false);
	});
});

describe('Word files that cannot be read: a specific message each, naming the file; the batch goes on', () => {
	it('a Word 97 .doc (an OLE file with a WordDocument stream) and a WPS .wps', async () => {
		const XLSX = await import('@e965/xlsx');
		const cfb = XLSX.CFB.utils.cfb_new();
		XLSX.CFB.utils.cfb_add(cfb, 'WordDocument', new Uint8Array(4096).fill(7));
		const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
		for (const name of ['山河镇.doc', '山河镇.wps']) {
			const r = processFile({ name, bytes });
			expect(r.error?.code).toBe('read.word-97');
			expect(r.error?.zh).toContain(`“${name}”`);
			expect(r.error?.zh).toContain('请在 Word 或 WPS 中“另存为”.docx 后再导入');
			expect(r.error?.en).toContain('Save it as .docx in Word or WPS and import it again');
		}
	});

	it('a .rtf or .doc that is no RTF inside: refused with what to do', () => {
		const bytes = new Uint8Array(4096).fill(3);
		expect(processFile({ name: '山河镇.rtf', bytes }).error?.code).toBe('read.rtf');
		expect(processFile({ name: '山河镇.rtf', bytes }).error?.en).toMatch(/RTF.*Save it as \.docx/);
		expect(processFile({ name: '山河镇.doc', bytes }).error?.code).toBe('read.word-97');
	});

	it('an HTML document saved as .doc is read as a Word document: the same facts as the .xlsx form', async () => {
		const { formHtml } = await import('../fixtures/forms-docx');
		for (const [, spec] of DOCX_CASES) {
			const g = await makeFormWorkbook(spec);
			const xlsx = processFile({ name: g.fileName, bytes: g.bytes });
			const html = processFile({ name: g.fileName.replace(/\.xlsx$/, '.doc'), bytes: new TextEncoder().encode(formHtml(formLayout(spec).sheets)) });
			expectSameFacts(xlsx, html, spec, 0, 'html');
		}
	});

	it("Word's own HTML: GB2312 text, check boxes as Wingdings characters in a span", async () => {
		const { formHtml } = await import('../fixtures/forms-docx');
		const iconv = (await import('iconv-lite')).default;
		const spec = base('2020', 45, { year: 2020, filedOn: '2020-06-30', checkStyle: 'boxes' });
		const g = await makeFormWorkbook(spec);
		const text = formHtml(formLayout(spec).sheets)
			.replace('<meta charset="utf-8">', '<meta http-equiv=Content-Type content="text/html; charset=gb2312">')
			.replace(/☑/g, "<span style='font-family:Wingdings;mso-char-type:symbol;mso-symbol-font-family:Wingdings'>&#254;</span>")
			.replace(/□/g, '<span style="font-family:Wingdings">&#168;</span>');
		const html = processFile({ name: '附件3-山河镇.doc', bytes: new Uint8Array(iconv.encode(text, 'gbk')) });
		expectSameFacts(processFile({ name: '附件3-山河镇.xlsx', bytes: g.bytes }), html, spec, 0, 'html');
	});

	it('zip bomb, truncation and a password, as for a workbook', async () => {
		const { writeZip, encryptedXlsx } = await import('../fixtures/hostile');
		const bomb = writeZip([{ name: 'word/document.xml', data: new Uint8Array(256 * 1024 * 1024) }]);
		expect(processFile({ name: '炸弹.docx', bytes: bomb }).error?.code).toBe('read.too-large');
		const good = await docxByLibrary(formLayout(base('2021', 44)).sheets);
		expect(processFile({ name: '截断.docx', bytes: good.subarray(0, good.length >> 1) }).error?.code).toBe('read.truncated');
		const locked = processFile({ name: '有密码.docx', bytes: encryptedXlsx('有密码.docx').bytes });
		expect(locked.error?.code).toBe('read.encrypted');
		expect(locked.error?.zh).toMatch(/文档.*Word 或 WPS/);
		// A lying document.xml (declared small, inflating huge) is caught while inflating it.
		const liar = writeZip([{ name: 'word/document.xml', data: new Uint8Array(64 * 1024 * 1024) }]);
		const view = new DataView(liar.buffer, liar.byteOffset);
		view.setUint32(liar.length - 22 - 46 - 'word/document.xml'.length + 24, 1024, true);
		view.setUint32(22, 1024, true);
		expect(['read.too-large', 'read.corrupt']).toContain(processFile({ name: '说谎.docx', bytes: liar }).error?.code);
	});

	it('a Word document without a table: no statistics table, said as for a workbook', () => {
		const r = processFile({ name: '通知.docx', bytes: docxByHand([], 'unicode') });
		expect(r.error?.code).toBe('read.no-data');
	});
});
