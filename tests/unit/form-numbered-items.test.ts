/**
 * A form whose header names only the numbering and the 进展情况 column (`序号 | 进展情况`): the items are named
 * by heading rows in the numbering column over numbered rows (tests/fixtures/forms-numbered.ts). Each member
 * as a real .xlsx (exceljs), .xls (SheetJS), .docx (the docx library) and Word 97 .doc (LibreOffice from the
 * .docx): read as a form, every number on its metric (or unmapped), the unit from the 填报单位 line, each
 * fact in the cell it was typed in, every cell in the ledger. A two-column list that is no form stays an
 * error row with its reason.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { numberedForm, type NumberedForm } from '../fixtures/forms-numbered';
import { sheetsBytes } from '../fixtures/sheet-files';
import { docxByLibrary } from '../fixtures/forms-docx';
import { docsByLibreOffice } from '../fixtures/forms-doc';

type Result = ReturnType<typeof processFile>;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

function expectRead(r: Result, f: NumberedForm, word: boolean) {
	expect(r.error).toBeNull();
	expect(r.sheets.map((s) => s.shape)).toEqual(['form']);
	expect(Object.fromEntries(r.facts.map((x) => [x.value, x.status === 'ok' ? x.metricId : null]))).toEqual(f.want);
	expect(r.filings.map((x) => [x.unit, x.filedOn, x.year])).toEqual([[f.unit, '2023-06-25', 2023]]);
	// Each fact sits in the row its sentence was typed in, in the 进展情况 column.
	const rowOf = (v: number) => f.layout.rows.findIndex((row) => String(row[1] ?? '').includes(String(v)));
	for (const x of r.facts) expect(x.cell).toBe(`B${rowOf(x.value!) + 1 - (word ? f.layout.table[0] : 0)}`);
}

describe('序号 | 进展情况: headings in the numbering column name the items', () => {
	const forms = SEEDS.map(numberedForm);
	for (const f of forms)
		it(`${f.about} (.xlsx, .xls, .docx)`, async () => {
			const sheet = { name: '统计表', rows: f.layout.rows, merges: f.layout.merges };
			for (const format of ['xlsx', 'xls'] as const) {
				const bytes = await sheetsBytes([sheet], format);
				const r = processFile({ name: `进展.${format}`, bytes });
				expectRead(r, f, false);
				for (const s of readWorkbook(bytes, `进展.${format}`).sheets) expect(unaccountedCells(s, r.ledger)).toEqual([]);
			}
			expectRead(processFile({ name: '进展.docx', bytes: await docxByLibrary([f.layout]) }), f, true);
		});

	it('as Word 97 .doc (LibreOffice)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'numbered-doc-'));
		try {
			const some = forms.slice(0, 4);
			const docx = Object.fromEntries(await Promise.all(some.map(async (f, i) => [`f${i}`, await docxByLibrary([f.layout])] as const)));
			const docs = docsByLibreOffice(dir, docx);
			some.forEach((f, i) => expectRead(processFile({ name: `进展${i}.doc`, bytes: docs[`f${i}`] }), f, true));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 240_000);

	it('a two-column list with no numbered items, or a third column beside them, is no such form', async () => {
		const list = {
			name: 'Sheet1',
			rows: [
				['序号', '完成情况'],
				['甲', '已完成'],
				['乙', '未完成']
			],
			merges: []
		};
		const r = processFile({ name: '清单.xlsx', bytes: await sheetsBytes([list], 'xlsx') });
		expect(r.error?.code).toBe('read.no-table');
		expect(r.error?.zh).toBeTruthy();
		expect(r.error?.en).toBeTruthy();
		const f = numberedForm(3);
		const third = { name: 'Sheet1', rows: f.layout.rows.map((row, i) => (i > 2 && i < 6 ? [...row, 'x'] : row)), merges: f.layout.merges };
		expect(processFile({ name: '三列.xlsx', bytes: await sheetsBytes([third], 'xlsx') }).sheets.map((s) => s.shape)).not.toEqual(['form']);
	});
});
