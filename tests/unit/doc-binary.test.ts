/**
 * Word 97–2003 binary .doc forms, written by LibreOffice Writer (`doc:MS
 * Word 97`) from .docx files generated here: check boxes as Unicode boxes,
 * Wingdings and Wingdings 2 symbols, runs in a symbol font, content controls
 * and FORMCHECKBOX fields; spans as w:hMerge; the lines above the table in
 * the page header or a text box. Each gives exactly the facts of the same
 * form as .xlsx; a table nested in a cell reads as in the .docx. Then what
 * must not be read: a cut-short or damaged .doc, a password flag, a Word
 * 6/95 document, a table past the limits.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook, READ_LIMITS } from '../../src/lib/read';
import { formLayout, makeFormWorkbook, type FormSpec } from '../fixtures/forms';
import { docxByHand, docxByLibrary, type BoxStyle } from '../fixtures/forms-docx';
import { base, expectSameFacts } from '../fixtures/docx-cases';
import { docsByLibreOffice } from '../fixtures/forms-doc';
import { FileError } from '../../src/lib/base/problem';

const STYLES: BoxStyle[] = ['unicode', 'wingdings', 'wingdings2', 'symbol-font-run', 'form-field', 'content-control'];
const spec2020: FormSpec = base('2020', 40, { year: 2020, filedOn: '2020-06-30', checkStyle: 'boxes', notation: 'mixed' });
const spec2021: FormSpec = base('2021', 41, { checkStyle: 'boxes', notation: 'mixed', layout: { rowNumbers: true, footnote: true } });

describe('.doc forms saved by LibreOffice Writer from .docx', () => {
	const dir = mkdtempSync(join(tmpdir(), 'lo-doc-'));
	let docs: Record<string, Uint8Array> = {};
	let nestedTableDocx: Uint8Array = new Uint8Array(0);
	const doc = (name: string) => docs[name];
	beforeAll(async () => {
		const docx: Record<string, Uint8Array> = {};
		STYLES.forEach((style, i) => (docx[`box-${style}`] = docxByHand(formLayout(i % 2 ? spec2021 : spec2020).sheets, style, 0, style === 'wingdings')));
		docx.header = await docxByLibrary(formLayout(spec2020).sheets, 'header');
		docx.textbox = await docxByLibrary(formLayout(spec2021).sheets, 'textbox');
		docx.nested = nestedTableDocx = await nestedTable();
		docs = docsByLibreOffice(dir, docx);
	}, 300_000);

	async function compare(spec: FormSpec, bytes: Uint8Array, ext = '.doc') {
		const g = await makeFormWorkbook(spec);
		const xlsx = processFile({ name: g.fileName, bytes: g.bytes });
		const word = processFile({ name: g.fileName.replace(/\.xlsx$/, ext), bytes });
		// LibreOffice saves a content control's box as the Unicode box it shows (☒ checked, ☐ not): the same answer.
		const plain = (s: string | null) => s?.replace(/☒/g, '☑').replace(/☐/g, '□') ?? s;
		for (const f of word.facts) Object.assign(f, { raw: plain(f.raw), label: plain(f.label) });
		expectSameFacts(xlsx, word, spec, 0, 'doc');
		return word;
	}

	for (const [i, style] of STYLES.entries())
		it(`check boxes as ${style}: the same facts`, async () => {
			const r = await compare(i % 2 ? spec2021 : spec2020, doc(`box-${style}`));
			if (i % 2 === 0) expect(r.facts.some((f) => f.family === 'F')).toBe(true);
		});

	it('the lines above the table in the page header or a text box: the same facts; header lines named as the header’s', async () => {
		const r = await compare(spec2020, doc('header'));
		expect(r.ledger.some((e) => /^页眉\d+$/.test(e.cell))).toBe(true);
		await compare(spec2021, doc('textbox'));
	});

	it('a table nested in a cell: its cells are lines of that cell, as in the .docx', () => {
		const rows = (name: string, bytes: Uint8Array) => readWorkbook(bytes, name).sheets.map((s) => s.rows.map((r) => r.map((c) => c?.text ?? null)));
		const fromDoc = rows('套表.doc', doc('nested'));
		expect(fromDoc).toEqual([[['标题'], ['甲', '乙'], ['丙\n内1\n内2\n内3\n内4\n尾', '丁'], ['注：完']]]);
		expect(fromDoc).toEqual(rows('套表.docx', nestedTableDocx));
	});

	it('a WPS .wps in the same container is read the same way', async () => {
		await compare(spec2021, doc('box-wingdings'), '.wps');
	});

	it('a cut-short or damaged .doc gets the reader’s message, never a throw or a hang', () => {
		const good = doc('box-form-field');
		const cut = processFile({ name: '截断.doc', bytes: good.subarray(0, good.length - 700) });
		expect(['read.truncated', 'read.corrupt']).toContain(cut.error?.code);
		expect(cut.error?.zh).toContain('“截断.doc”');
		// Bytes overwritten at random all through the file: read or refused, each quickly.
		let seed = 7;
		const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
		for (let round = 0; round < 60; round++) {
			const bytes = good.slice();
			for (let k = 0; k < 40; k++) bytes[512 + Math.floor(next() * (bytes.length - 512))] = Math.floor(next() * 256);
			try {
				readWorkbook(bytes, `坏${round}.doc`);
			} catch (e) {
				expect(e).toBeInstanceOf(FileError);
			}
		}
	});

	it('a table past the row limit is refused as a sheet would be', () => {
		expect(() => readWorkbook(doc('box-unicode'), '大表.doc', { ...READ_LIMITS, maxRows: 5 })).toThrow(/行|rows/);
		const r = processFile({ name: '大表.doc', bytes: doc('box-unicode') }, { ...READ_LIMITS, maxCells: 20 } as never);
		expect(r.error === null || r.error.code === 'read.too-many-cells').toBe(true);
	});

	it('a password flag gets the password message; a Word 6/95 document (nFib below Word 97’s) keeps the save-as message', () => {
		const encrypted = withWordDocument(doc('box-unicode'), (w) => (w[0x0b] |= 0x01));
		const locked = processFile({ name: '有密码.doc', bytes: encrypted });
		expect(locked.error?.code).toBe('read.encrypted');
		expect(locked.error?.zh).toMatch(/文档.*有密码保护.*Word 或 WPS/);
		const word6 = withWordDocument(doc('box-unicode'), (w) => {
			w[2] = 0x65;
			w[3] = 0x00;
		});
		const old = processFile({ name: '旧版.doc', bytes: word6 });
		expect(old.error?.code).toBe('read.word-97');
		expect(old.error?.en).toContain('Save it as .docx in Word or WPS and import it again');
	});
});

/** A document whose table holds another table in a cell, written by the docx library. */
async function nestedTable(): Promise<Uint8Array> {
	const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
	const p = (t: string) => new Paragraph(t);
	const row = (...cells: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[][]) => new TableRow({ children: cells.map((children) => new TableCell({ children })) });
	const inner = new Table({ rows: [row([p('内1')], [p('内2')]), row([p('内3')], [p('内4')])] });
	const outer = new Table({ rows: [row([p('甲')], [p('乙')]), row([p('丙'), inner, p('尾')], [p('丁')])] });
	return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [p('标题'), outer, p('注：完')] }] })));
}

/** The .doc with its WordDocument stream changed, written back into the compound file by SheetJS's CFB. */
function withWordDocument(bytes: Uint8Array, change: (stream: Uint8Array) => void): Uint8Array {
	const cfb = XLSX.CFB.read(bytes, { type: 'array' });
	const entry = XLSX.CFB.find(cfb, 'WordDocument');
	if (!entry?.content) throw new Error('no WordDocument stream');
	const stream = Uint8Array.from(entry.content as ArrayLike<number>);
	change(stream);
	entry.content = stream as never;
	entry.size = stream.length;
	return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
}

describe('a row definition (sprmTDefTable) as Word 97 writes it', () => {
	/** sprmTDefTable's bytes: the cell edges, then one TC (20 bytes) per cell with its flags. */
	function defTable(edges: number[], flags: number[]): number[] {
		const body = [flags.length, ...edges.flatMap((e) => [e & 0xff, (e >> 8) & 0xff]), ...flags.flatMap((f) => [f & 0xff, f >> 8, ...new Array(18).fill(0)])];
		const cb = body.length + 1;
		return [0x08, 0xd6, cb & 0xff, cb >> 8, ...body];
	}

	it('gives the edges and the merges across (fFirstMerged, fMerged) and down (fVertRestart, fVertMerge, sprmTVertMerge)', async () => {
		const { paragraphProps } = await import('../../src/lib/read/doc-props');
		const grpprl = new Uint8Array([
			0x16, 0x24, 1, // sprmPFInTable
			0x17, 0x24, 1, // sprmPFTtp
			...defTable([-108, 1000, 2000, 3000, 4000], [0x60, 0x01, 0x02, 0x00]),
			0x2b, 0xd6, 2, 3, 1 // sprmTVertMerge: the fourth cell continues a merge down
		]);
		const p = paragraphProps(grpprl);
		expect(p.depth).toBe(1);
		expect(p.rowEnd).toBe(true);
		expect(p.row).toEqual({
			left: -108,
			cells: [
				{ right: 1000, vMerge: 'restart', hMerge: null },
				{ right: 2000, vMerge: null, hMerge: 'restart' },
				{ right: 3000, vMerge: null, hMerge: 'continue' },
				{ right: 4000, vMerge: 'continue', hMerge: null }
			]
		});
	});
});
