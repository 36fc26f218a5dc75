/**
 * Hostile and broken files through the core (processFile) and through the
 * CLI: each gets its specific code and a message in Chinese and English
 * naming the file; good files in the same batch keep all their facts; the
 * process stays within a stated time and memory.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import * as H from '../fixtures/hostile';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook, READ_LIMITS } from '../../src/lib/read/index';
import { inflatedSize, InflateError } from '../../src/lib/read/inflate';
import { readZipDirectory } from '../../src/lib/read/zip';
import { deflateRawSync } from 'node:zlib';
import type { FileResult } from '../../src/lib/facts/fact';

type Case = [label: string, make: () => H.HostileFile | Promise<H.HostileFile>, code: string, zh: RegExp, en: RegExp];

const BROKEN: Case[] = [
	['empty file', () => H.emptyFile(), 'read.empty', /空的/, /empty/],
	['truncated .xlsx', () => H.truncatedXlsx(), 'read.truncated', /不完整/, /truncated/],
	['corrupt .xlsx (garbled deflate data)', () => H.corruptXlsx(), 'read.corrupt', /已损坏/, /corrupt/],
	['truncated .xls', () => H.truncatedXls(), 'read.truncated', /不完整/, /truncated/],
	['password-protected workbook', () => H.encryptedXlsx(), 'read.encrypted', /密码/, /password/],
	// A Word document is read whatever its name; a notice without a table has no statistics table in it.
	['.docx renamed .xlsx, holding no table', () => H.docxRenamed(), 'read.no-table', /统计表/, /statistics table/],
	['.pdf renamed .xlsx', () => H.pdfRenamed(), 'read.wrong-type', /PDF/, /PDF/],
	['workbook without data', () => H.noDataXlsx(), 'read.no-data', /没有任何数据/, /no data/],
	['workbook without a statistics table', () => H.noTableXlsx(), 'read.no-table', /统计表/, /statistics table/],
	['CSV in an undecodable encoding', () => H.undecodableCsv(), 'csv.encoding', /编码/, /encoding/],
	['zip bomb (256 MB inside)', () => H.zipBomb(), 'read.too-large', /200 MB/, /200 MB.*zip bomb/],
	['1,000,000 rows', () => H.manyRowsXlsx(1_000_000), 'read.too-many-rows', /200,000 行/, /limit of 200,000 rows/],
	['20,000 CSV columns', () => H.manyColumnsCsv(20_000), 'read.too-many-columns', /16,384 列/, /16,384/]
];

describe('broken files: a specific error each, in zh and en, naming the file', () => {
	it.each(BROKEN)('%s', async (_label, make, code, zh, en) => {
		const file = await make();
		const r = processFile(file);
		expect(r.error?.code).toBe(code);
		expect(r.error?.zh).toMatch(zh);
		expect(r.error?.en).toMatch(en);
		// Reader errors name the file (no-data / no-table come from the pipeline, next to the file's row).
		if (!code.startsWith('read.no-')) expect(`${r.error?.zh} ${r.error?.en}`).toContain(file.name);
		expect(r.facts).toEqual([]);
	});

	it('a zip bomb is refused from its directory, before anything is inflated (fast, no memory)', () => {
		const bomb = H.zipBomb('b.xlsx', 300);
		const before = process.memoryUsage().rss;
		expect(processFile(bomb).error?.code).toBe('read.too-large');
		expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
	});

	it('a zip that lies about its sizes is caught while checking it, in constant memory', () => {
		// The directory says 1 KB; the data inflates to 64 MB.
		const real = H.writeZip([{ name: 'xl/workbook.xml', data: new Uint8Array(64 * 1024 * 1024) }]);
		const dir = readZipDirectory(real);
		expect(dir.ok).toBe(true);
		const view = new DataView(real.buffer, real.byteOffset);
		const central = real.length - 22 - 46 - 'xl/workbook.xml'.length;
		view.setUint32(central + 24, 1024, true); // central directory: uncompressed size
		view.setUint32(22, 1024, true); // local header too
		const r = processFile({ name: '说谎.xlsx', bytes: real });
		expect(r.error?.code).toBe('read.too-large');
	});

	it('the inflate check agrees with zlib and refuses garbage without looping', () => {
		const text = new TextEncoder().encode('安全生产月 '.repeat(20_000));
		for (const level of [0, 1, 9]) expect(inflatedSize(new Uint8Array(deflateRawSync(text, { level })), 1e9)).toBe(text.length);
		expect(() => inflatedSize(new Uint8Array(deflateRawSync(text)), 1000)).toThrow(InflateError);
		// Every kind of block (stored, fixed, dynamic with short and long codes) over varied data.
		let seed = 11;
		const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
		for (let i = 0; i < 300; i++) {
			const n = Math.floor(rnd() * 30_000);
			const raw = new Uint8Array(n).map((_, j) => (i % 3 === 0 ? rnd() * 256 : i % 3 === 1 ? 97 + rnd() * 4 : '<c r="B2"><v>12</v></c>'.charCodeAt(j % 23)));
			expect(inflatedSize(new Uint8Array(deflateRawSync(raw, { level: i % 10 })), n)).toBe(n);
		}
		const z = new Uint8Array(deflateRawSync(text));
		for (let i = 0; i < 300; i++) {
			const g = z.slice(0, 400);
			for (let k = 0; k < 8; k++) g[(i * 37 + k * 101) % g.length] ^= 0x5a;
			try {
				inflatedSize(g, 1e7);
			} catch (e) {
				expect(e).toBeInstanceOf(InflateError);
			}
		}
	});
});

const facts = (r: FileResult) => r.facts.filter((f) => f.value !== null);

describe('files that look wrong but are fine: read', () => {
	it.each([
		['HTML table saved as .xls', () => H.htmlAsXls()],
		['.xlsx renamed .csv', () => H.xlsxNamedCsv()],
		['tab-separated text saved as .xls', () => H.tsvAsXls()],
		['legacy .xls', () => H.goodXls()],
		['16,384 columns (Excel maximum)', () => H.manyColumnsXlsx(16_384)]
	] as const)('%s', async (_label, make) => {
		const file = await make();
		const r = processFile(file);
		if (file.name.includes('列')) {
			// Read within the limits: 16,384 columns are no statistics table, but nothing broke.
			expect(r.error?.code).toBe('read.no-table');
			expect(readWorkbook(file.bytes, file.name).sheets[0].colCount).toBe(16_384);
			return;
		}
		expect(r.error).toBeNull();
		expect(facts(r).length).toBeGreaterThan(0);
	});
});

describe('odd content: kept, warned, never crashing', () => {
	it('formulas: the cached value is used; a formula without one is computed from the sheet, and a note names it', async () => {
		const r = processFile(await H.formulasXlsx());
		expect(r.error).toBeNull();
		expect(r.facts.find((f) => f.cell === 'D3')?.value).toBe(41);
		const e3 = r.facts.find((f) => f.cell === 'E3')!.value!;
		expect(r.facts.find((f) => f.cell === 'E4')?.value).toBe(e3 - 4);
		expect(r.problems.find((p) => p.code === 'formula.no-value')).toBeUndefined();
		const note = r.problems.find((p) => p.code === 'formula.computed');
		expect(note).toMatchObject({ level: 'info', cell: 'E4', sheet: '汇总表' });
		expect(note!.zh).toMatch(/E4 =E3-4 → /);
	});

	it('dates and times where counts belong are no facts but warnings; negative numbers are kept, values that cannot be counts refused', async () => {
		const r = processFile(await H.datesAndAbsurdXlsx());
		expect(r.error).toBeNull();
		const cells = (sheet: string) => r.facts.filter((f) => f.sheet === sheet).map((f) => f.cell);
		for (const [sheet, cell] of [['汇总表', 'D3'], ['汇总表', 'E5'], ['明细', 'F2']]) {
			expect(cells(sheet)).not.toContain(cell);
			expect(r.problems.some((p) => p.sheet === sheet && p.cell === cell && p.level === 'warning')).toBe(true);
		}
		expect(r.facts.find((f) => f.cell === 'E3')?.value).toBe(-3);
		// 1e15 cannot be a count: no fact, a warning naming the cell, the cell filed as ignored with that reason.
		expect(r.facts.find((f) => f.cell === 'D4')).toBeUndefined();
		expect(r.problems.find((p) => p.code === 'value.not-a-count')).toMatchObject({ level: 'warning', sheet: '汇总表', cell: 'D4' });
		expect(r.ledger.find((e) => e.sheet === '汇总表' && e.cell === 'D4')).toMatchObject({ disposition: 'ignored', reason: 'not-a-count' });
	});

	it('strings of 100,000 characters: read in well under a second, no crash', () => {
		const r = processFile(H.longStringsCsv());
		expect(r.error).toBeNull();
		expect(r.facts.length).toBeGreaterThanOrEqual(3);
		expect(r.facts.some((f) => f.unit.length === 100_000)).toBe(true);
	});

	it('zero-width, bidi, emoji and lone surrogates: invisible characters do not make another unit', () => {
		const r = processFile(H.oddUnicodeXlsx());
		expect(r.error).toBeNull();
		expect(r.facts).toHaveLength(6);
		const units = new Set(r.facts.map((f) => f.unit));
		// Four spellings of 柔远镇 (plain, zero-width, embedding marks, isolates) are one unit.
		expect(r.facts.filter((f) => f.unit === '柔远镇')).toHaveLength(4);
		expect(units.size).toBe(3);
	});

	it('markup and formulas in cells stay text, as written', () => {
		const r = processFile(H.goodCsv());
		expect(r.error).toBeNull();
		expect(r.facts.some((f) => f.unit === H.FORMULA_TEXT)).toBe(true);
		expect(r.facts.some((f) => f.label.includes(H.XSS))).toBe(true);
	});
});

describe('the CLI on a mixed batch', () => {
	it('one error row per bad file, every good file\'s facts, exit 1, in bounded time and memory', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
		const good = [await H.goodXlsx(), H.goodCsv(), H.htmlAsXls(), H.goodXls(), await H.formulasXlsx()];
		const bad = [
			H.emptyFile(),
			await H.truncatedXlsx(),
			await H.corruptXlsx(),
			H.truncatedXls(),
			H.encryptedXlsx(),
			H.docxRenamed(),
			H.pdfRenamed(),
			await H.noDataXlsx(),
			H.undecodableCsv(),
			H.zipBomb(),
			H.manyRowsXlsx(300_000),
			H.manyColumnsCsv(20_000)
		];
		for (const f of [...good, ...bad]) writeFileSync(join(dir, f.name), f.bytes);
		// A 512 MB heap: the batch (with a 256 MB zip bomb and a 300,000-row sheet) must fit.
		const run = spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), [join(process.cwd(), 'src/cli/normalize.ts'), dir], {
			encoding: 'utf8',
			env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=512' },
			maxBuffer: 64 * 1024 * 1024
		});
		expect(run.status, run.stderr).toBe(1);
		const rows = Papa.parse<Record<string, string>>(run.stdout.trim(), { header: true }).data;
		const errors = rows.filter((r) => r.status === 'error');
		expect(errors.map((r) => r.file).sort()).toEqual(bad.map((f) => f.name).sort());
		for (const e of errors) expect(e.text).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
		for (const f of good) {
			const want = processFile(f).facts.length;
			expect(want).toBeGreaterThan(0);
			expect(rows.filter((r) => r.file === f.name && r.status !== 'error')).toHaveLength(want);
		}
		expect(READ_LIMITS.maxUncompressedBytes).toBe(200 * 1024 * 1024);
	}, 120_000);
});

describe('a cell far past the row limit', () => {
	it('refuses the sheet naming the row, not reading it with that cell silently gone', async () => {
		const ExcelJS = (await import('exceljs')).default;
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('明细');
		ws.addRows([
			['年度', '地区', '单位', '活动', '指标', '数值'],
			[2021, '正宁县', '山河镇', '应急演练', '开展灾害避险逃生、自救互救演练（场）', 5]
		]);
		ws.getCell('C500000').value = 7;
		const r = processFile({ name: '明细.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
		expect(r.error?.code).toBe('read.too-many-rows');
		expect(r.error?.zh).toContain('500,000');
		expect(r.facts).toEqual([]);
	});
});
