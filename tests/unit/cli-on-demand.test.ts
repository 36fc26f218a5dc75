/**
 * The built CLI loads the reader's parts on demand (src/lib/read/on-demand.ts): a run on plain .xlsx
 * forms starts without SheetJS, its code pages, the formula engine, the Word reader or papaparse; a folder that
 * needs them loads them and writes the very rows the source (every part loaded at import) writes. Both
 * ways the built normalize runs: its CommonJS script with the code cache (the bin's way) and the ES
 * module program (build-cli/main.js, the bin's way without that script).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { formLayout, makeFormWorkbook, randomFormSpec } from '../fixtures/forms';
import { docxByLibrary } from '../fixtures/forms-docx';
import { gbkBiff5 } from '../fixtures/biff5';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const SOURCE = join(process.cwd(), 'src/cli/normalize.ts');
const BIN = join(process.cwd(), 'bin/anquanyue.js');
const MAIN = join(process.cwd(), 'build-cli/main.js');

/**
 * A module hook (node --import) that writes every module the run resolves to the file named in
 * LOADED_LIST: ES modules by their URL, CommonJS ones (what the normalize script requires) by their path.
 */
function loadRecorder(dir: string): string {
	const hook = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
	const r = await next(specifier, context);
	appendFileSync(process.env.LOADED_LIST, r.url + '\\n');
	return r;
}`;
	const path = join(dir, 'record-loads.mjs');
	writeFileSync(
		path,
		`import Module, { register } from 'node:module';
import { appendFileSync } from 'node:fs';
register(${JSON.stringify('data:text/javascript,' + encodeURIComponent(hook))});
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (...args) {
	const path = resolveFilename.apply(this, args);
	appendFileSync(process.env.LOADED_LIST, path + '\\n');
	return path;
};
`
	);
	return path;
}

/** The built CLI on `args` (one thread) run by `entry` (the bin, or the ES module program): its output, and the modules it loaded. */
function built(args: string[], entry: 'bin' | 'modules' = 'bin') {
	const dir = mkdtempSync(join(tmpdir(), 'cli-loads-'));
	const list = join(dir, 'loaded.txt');
	writeFileSync(list, '');
	const program = entry === 'bin' ? BIN : MAIN;
	const r = spawnSync(process.execPath, ['--import', loadRecorder(dir), program, 'normalize', '--jobs', '1', ...args], { encoding: 'utf8', env: { ...process.env, LOADED_LIST: list } });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr, loaded: readFileSync(list, 'utf8') };
}

const source = (args: string[]) => spawnSync(TSX, [SOURCE, ...args], { encoding: 'utf8' });

/** What of the reader's on-demand parts a run loaded (the packages each needs: the Word reader is the one user of dingbat-to-unicode). */
const parts = (loaded: string) => ({
	sheetjs: loaded.includes('/@e965/xlsx/'),
	codepages: loaded.includes('cpexcel'),
	formulaEngine: loaded.includes('/fast-formula-parser/'),
	wordReader: loaded.includes('/dingbat-to-unicode/'),
	csvReader: loaded.includes('/papaparse/')
});

/** A summary table whose counts are formulas saved without results (as openpyxl writes them). */
async function formulasWithoutResults(): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('汇总');
	ws.addRow(['单位', '应急演练场次', '安全宣传咨询日参与人次']);
	ws.addRow(['城关镇', { formula: '2+3' }, { formula: 'SUM(40,60)' }]);
	ws.addRow(['柔远镇', 4, { formula: 'B2*10' }]);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the built CLI loads the reader parts a file needs, when it needs them', () => {
	it('plain .xlsx forms: none of SheetJS, its code pages, the formula engine, the Word reader, the CSV reader; the same rows as the source', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-plain-'));
		for (const seed of [1000, 1001, 1002]) {
			const form = await makeFormWorkbook(randomFormSpec(seed, { format: 'xlsx' }));
			writeFileSync(join(dir, form.fileName), form.bytes);
		}
		const want = source([dir]).stdout;
		for (const entry of ['bin', 'modules'] as const) {
			const run = built([dir], entry);
			expect(run.code, run.stderr).toBe(0);
			// The ES module program loads fflate at its start; the normalize script only for a part zlib refuses.
			expect(run.loaded.includes('/fflate/')).toBe(entry === 'modules');
			expect(parts(run.loaded)).toEqual({ sheetjs: false, codepages: false, formulaEngine: false, wordReader: false, csvReader: false });
			expect(run.stdout).toBe(want);
		}
	}, 120_000);

	it('a folder that needs each part: .xls (BIFF8 and a GBK BIFF5), .docx, formulas without results, .csv — each loaded, the same rows as the source, on one thread and two', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-mixed-parts-'));
		const xls = await makeFormWorkbook(randomFormSpec(41, { format: 'xls', fileName: '单位41.xls' }));
		writeFileSync(join(dir, xls.fileName), xls.bytes);
		const spec = randomFormSpec(42, { format: 'xlsx', layout: { contactSheet: false } });
		writeFileSync(join(dir, '单位42.docx'), await docxByLibrary(formLayout(spec).sheets));
		writeFileSync(join(dir, '旧版汇总.xls'), gbkBiff5([['单位', '应急演练场次'], ['八里镇人民政府', 120]]));
		writeFileSync(join(dir, '公式.xlsx'), await formulasWithoutResults());
		writeFileSync(join(dir, '明细.csv'), '年度,地区,单位,活动,指标,数值\n2023,正宁县,山河镇,应急演练,开展应急演练（场）,6\n');

		const want = source([dir]);
		expect(want.stdout.split('\n').length).toBeGreaterThan(20);
		for (const entry of ['bin', 'modules'] as const) {
			const run = built([dir], entry);
			expect(run.code).toBe(want.status);
			expect(parts(run.loaded)).toEqual({ sheetjs: true, codepages: true, formulaEngine: true, wordReader: true, csvReader: true });
			expect(run.stdout).toBe(want.stdout);
			expect(run.stderr).toBe(want.stderr);
		}
		const twoThreads = spawnSync(process.execPath, [BIN, 'normalize', '--jobs', '2', dir], { encoding: 'utf8' });
		expect(twoThreads.stdout).toBe(want.stdout);
	}, 120_000);

	it('a part zlib refuses: the normalize script loads fflate, whose message says why, the same rows and summary as the source', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-garbled-'));
		const form = await makeFormWorkbook(randomFormSpec(1003, { format: 'xlsx' }));
		writeFileSync(join(dir, form.fileName), form.bytes);
		// The same form with bytes of its deflated parts garbled (from the middle of the file on).
		const garbled = Buffer.from(form.bytes);
		for (let k = 0; k < 6; k++) garbled[(garbled.length >> 1) + k * 97] ^= 0x5a;
		writeFileSync(join(dir, '损坏.xlsx'), garbled);
		const want = source([dir]);
		expect(want.stderr).toMatch(/损坏\.xlsx/);
		const run = built([dir]);
		expect(run.loaded).toContain('/fflate/');
		expect(run.code).toBe(want.status);
		expect(run.stdout).toBe(want.stdout);
		expect(run.stderr).toBe(want.stderr);
	}, 120_000);
});
