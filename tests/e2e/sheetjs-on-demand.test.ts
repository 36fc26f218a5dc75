/**
 * SheetJS is loaded only for a file that needs it, in the browser's parse
 * worker: a plain .xlsx is read by the own reader with no SheetJS at all; an
 * .xlsx with a number format the own reader hands to SheetJS loads it once
 * and is read again; an .xlsx the own reader declines (a chartsheet) is read
 * by SheetJS; a legacy BIFF5 .xls in code page 936 loads SheetJS and its code-page
 * tables; a workbook of formulas saved without results loads the formula
 * engine. Each comes out as in Node (same facts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openApp, ready, type App } from './harness';
import { gbkBiff5 } from '../fixtures/biff5';
import { makeFormWorkbook, randomFormSpec } from '../fixtures/forms';
import { partsOf, withChartsheet } from '../fixtures/edit-xlsx';
import { processFile } from '../../src/lib/pipeline';
import { readXlsxOrDecline } from '../../src/lib/read/xlsx';
import { READ_LIMITS } from '../../src/lib/read/limits';

const dir = mkdtempSync(join(tmpdir(), 'e2e-sheetjs-'));
let app: App;
/** What the parse worker loaded besides itself, in order of the responses (each classified once its body is read). */
const responses: Promise<'sheetjs' | 'codepages' | 'formulas' | 'other' | 'unread'>[] = [];
/** Each chunk once: the parse and build workers run one script and may fetch a chunk twice (the second from cache). */
const seen = new Set<string>();
/** 'sheetjs', 'codepages' or 'other' (a shared chunk) for every chunk loaded so far. */
const loaded = () => Promise.all(responses);

beforeAll(async () => {
	app = await openApp('/?demo=0');
	app.page.on('response', (r) => {
		const url = r.url();
		if (!/\/workers\/chunks\/.+\.js$/.test(new URL(url).pathname) || seen.has(url)) return;
		seen.add(url);
		// Recorded now, read later: an assertion never runs ahead of a body still being read.
		// formulaWithBinaryOp: a grammar rule of fast-formula-parser (the formula engine); 'Unsupported ISO Duration Field':
		// an error of SheetJS's own (the library's chunk, not the readers that import it); both kept as strings when minified.
		responses.push(
			// A body Chromium no longer holds is fetched again from the test's server; 'unread' only once the app is closed.
			r
				.body()
				.then((b) => b.toString('utf8'), () => fetch(url).then((x) => x.text()))
				.then((b) => (b.includes('cptable') ? 'codepages' : b.includes('formulaWithBinaryOp') ? 'formulas' : b.includes('Unsupported ISO Duration Field') ? 'sheetjs' : 'other'))
				.catch(() => 'unread' as const)
		);
	});
	await ready(app.page);
});

afterAll(async () => {
	await app?.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Imports one file; its row, once the dashboard is ready again. */
async function importOne(name: string, bytes: Uint8Array, files: number) {
	const path = join(dir, name);
	writeFileSync(path, bytes);
	await app.page.getByTestId('file-input').setInputFiles([path]);
	await app.page.waitForSelector(`[data-testid="ready"][data-files="${files}"]`, { state: 'attached', timeout: 60_000 });
	return app.page.locator(`[data-testid="file-row"][data-file="${name}"]`);
}

async function expectSameAsNode(name: string, bytes: Uint8Array, files: number) {
	const inNode = processFile({ name, bytes });
	expect(inNode.error ?? null).toBeNull();
	// The row counts every fact but the unmapped (and those a mapping ignores: none here).
	const counted = inNode.facts.filter((f) => f.status !== 'unmapped').length;
	expect(counted).toBeGreaterThan(0);
	const row = await importOne(name, bytes, files);
	expect(await row.getAttribute('data-status'), (await row.getByTestId('file-error').count()) ? ((await row.getByTestId('file-error').textContent()) ?? '') : '').toBe('read');
	expect(Number(await row.getByTestId('file-facts').getAttribute('data-n'))).toBe(counted);
}

describe('SheetJS on demand', () => {
	it('reads a plain .xlsx without loading SheetJS', async () => {
		const form = await makeFormWorkbook(randomFormSpec(41, { fileName: '表甲.xlsx', format: 'xlsx' }));
		await expectSameAsNode('表甲.xlsx', form.bytes, 1);
		expect(await loaded()).not.toContain('sheetjs');
	});

	it('loads SheetJS for a number format the own reader hands to it, and reads the file as Node does', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('汇总');
		ws.addRow(['2023年“安全生产月”活动汇总表']);
		ws.addRow(['单位', '应急演练场次', '应急演练参与人次']);
		ws.addRow(['城关镇', 3, 1200]);
		ws.addRow(['柔远镇', 5, 860]);
		// Excel's (zh-CN) thousands style: not one of the formats the own reader writes itself.
		for (const r of [3, 4]) for (const c of [2, 3]) ws.getCell(r, c).numFmt = '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"_ ;_ @_ ';
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		// The own reader keeps the file (SheetJS only formats those cells).
		expect(readXlsxOrDecline(partsOf(bytes), '千位格式.xlsx', READ_LIMITS)).not.toBeInstanceOf(Error);
		await expectSameAsNode('千位格式.xlsx', bytes, 2);
		expect((await loaded()).filter((x) => x === 'sheetjs')).toHaveLength(1);
	});

	it('reads an .xlsx the own reader declines with SheetJS', async () => {
		const form = await makeFormWorkbook(randomFormSpec(42, { fileName: '表乙.xlsx', format: 'xlsx' }));
		await expectSameAsNode('表乙（含图表）.xlsx', withChartsheet(form.bytes), 3);
		const chunks = await loaded();
		expect(chunks.filter((x) => x === 'sheetjs')).toHaveLength(1);
		expect(chunks).not.toContain('codepages');
	});

	it('reads a GBK BIFF5 .xls, loading the code-page tables only for it', async () => {
		const bytes = gbkBiff5([
			['年度', '地区', '单位', '活动', '指标', '数值'],
			[2021, '宝坻区', '宝平市场监管所', '6·16咨询日', '开展安全宣传咨询活动（场）', 7],
			[2021, '宝坻区', '宝平市场监管所', '6·16咨询日', '参与（人次）', 310],
			[2021, '宝坻区', '大口屯市场监管所', '应急演练', '开展灾害避险逃生、自救互救演练（场）', 4]
		]);
		const inNode = processFile({ name: '宝坻区明细（Excel95）.xls', bytes });
		expect(inNode.facts.filter((f) => f.status === 'ok').map((f) => f.unit)).toContain('宝平市场监管所');
		await expectSameAsNode('宝坻区明细（Excel95）.xls', bytes, 4);
		expect((await loaded()).filter((x) => x === 'codepages')).toHaveLength(1);
	});

	it('loads the formula engine only for a workbook whose formulas carry no results, and computes them as Node does', async () => {
		expect(await loaded()).not.toContain('formulas');
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('汇总');
		ws.addRow(['2023年“安全生产月”活动汇总表']);
		ws.addRow(['单位', '应急演练场次', '应急演练参与人次']);
		ws.addRow(['城关镇', { formula: '3+4' }, { formula: 'ROUND(120.4,0)' }]);
		ws.addRow(['柔远镇', 5, { formula: 'SUM(C3,30)' }]);
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		expect(processFile({ name: '公式汇总.xlsx', bytes }).facts.map((f) => f.value)).toEqual([7, 120, 5, 150]);
		await expectSameAsNode('公式汇总.xlsx', bytes, 5);
		expect((await loaded()).filter((x) => x === 'formulas')).toHaveLength(1);
	});
});
