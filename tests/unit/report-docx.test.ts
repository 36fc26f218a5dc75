/**
 * The Word 总结报告 through the CLI (`report --out x.docx`): generated wide
 * tables → .docx → LibreOffice (own profile) → PDF. The PDF's text has the
 * draft's paragraphs as the same core writes them, the summary tables with
 * their exact figures, and the charts as images; the document is A4.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeWideWorkbook, type WideColumn, type WideRow } from '../fixtures/wide';
import { buildFacts, processFile } from '../../src/lib/pipeline';
import { tablesIPC } from '../../src/lib/db/arrow';
import { loadTables, nodeDuckDB, runnerOf } from '../../src/cli/report-pack';
import { emptyFilter } from '../../src/lib/query/filter';
import { formatNumber } from '../../src/lib/chart/format';
import { draftFromRows, draftQueries, paragraphText } from '../../src/lib/report/draft/index';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'src/cli/report.ts');

const COLUMNS: WideColumn[] = [
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' },
	{ group: null, leaf: '排查整治安全风险隐患（个）', metricId: 'rectification.hazards_found' },
	{ group: null, leaf: '张贴悬挂安全标语横幅（个）', metricId: 'publicity.slogans' }
];
const rows = (k: number): WideRow[] => [
	{ region: '正宁县', unit: '山河镇', values: [3 * k, 12000 * k + 7, 40 + k, 15] },
	{ region: '正宁县', unit: '宫河镇', values: [2, 800 * k, null, 9 * k] },
	{ region: '宁县', unit: '早胜镇', values: [5 + k, 2345, 18 * k, null] }
];

let dir: string;
let text: string;
let images: string;
let files: { name: string; bytes: Uint8Array }[];

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'report-docx-'));
	files = [
		{ name: '2021年汇总.xlsx', bytes: await makeWideWorkbook([{ title: '2021年“安全生产月”活动汇总表', sheetName: '2021', columns: COLUMNS, rows: rows(1) }]) },
		{ name: '2022年汇总.xlsx', bytes: await makeWideWorkbook([{ title: '2022年“安全生产月”活动汇总表', sheetName: '2022', columns: COLUMNS, rows: rows(2) }]) }
	];
	for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
	const out = join(dir, 'report.docx');
	const r = spawnSync(TSX, [CLI, '--out', out, join(dir, '2021年汇总.xlsx'), join(dir, '2022年汇总.xlsx')], { encoding: 'utf8' });
	expect(r.status, r.stderr).toBe(0);
	expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
	const lo = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out], { encoding: 'utf8', timeout: 240_000 });
	expect(lo.status, lo.stderr).toBe(0);
	const pdf = join(dir, 'report.pdf');
	text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
	images = spawnSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).stdout;
	const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
	expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
}, 300_000);

afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Text with every space and line break gone (the PDF wraps lines and spaces CJK from digits). */
const squash = (s: string) => s.replace(/\s+/g, '');

test('the PDF has every paragraph of the draft as the core writes it', async () => {
	const results = files.map((f) => processFile(f));
	const conn = await nodeDuckDB();
	try {
		loadTables(conn, tablesIPC(results, buildFacts(results)));
		const db = runnerOf(conn);
		const draft = draftFromRows(draftQueries(emptyFilter()).map((q) => db.run(q)), { filter: emptyFilter(), failedFiles: [] }, 'zh');
		expect(draft.paragraphs.length).toBeGreaterThan(4);
		const all = squash(text);
		expect(all).toContain(squash(draft.title));
		for (const p of draft.paragraphs) {
			if (p.heading) expect(all).toContain(squash(p.heading));
			expect(all, p.id).toContain(squash(paragraphText(p, 'zh')));
		}
		// 2022 participation: 24,007 + 1,600 + 2,345 = 27,952 → 2.8万 … and the change on 2021's 12,007 + 800 + 2,345.
		expect(all).toContain('参与2.8万人次，同比增长');
	} finally {
		conn.close();
	}
});

test('the PDF has the summary tables with their exact figures, and the charts as images', () => {
	const all = squash(text);
	expect(all).toContain('参与人次（按地区）');
	expect(all).toContain('参与人次（按单位）');
	expect(all).toContain('隐患数（按活动）');
	// Exact values in the tables: 山河镇's participation per year and the 2022 total.
	expect(all).toContain(formatNumber(12007));
	expect(all).toContain(formatNumber(24007));
	expect(all).toContain(formatNumber(24007 + 1600 + 2345));
	expect(all).toContain('合计');
	const imageRows = images.split('\n').filter((l) => /^\s*\d+\s+\d+\s+image\s/.test(l));
	expect(imageRows.length).toBeGreaterThanOrEqual(4);
	// Print resolution: each chart has far more pixels than its place on the page.
	for (const l of imageRows) expect(Number(l.trim().split(/\s+/)[3])).toBeGreaterThan(1500);
	expect(all).toContain('数据来源');
});

test('with --roster the 总结报告 counts the roster\'s units (of the region asked for) and says 据不完全统计 while one has not reported; the pack\'s cover states the completion', () => {
	writeFileSync(join(dir, '名单.csv'), '\uFEFF单位,地区\r\n山河镇,正宁县\r\n宫河镇,正宁县\r\n湫头镇,正宁县\r\n早胜镇,宁县\r\n');
	const words = (args: string[]) => {
		const out = join(dir, `roster-${args.join('-')}.docx`);
		const r = spawnSync(TSX, [CLI, '--roster', join(dir, '名单.csv'), ...args, '--out', out, join(dir, '2021年汇总.xlsx'), join(dir, '2022年汇总.xlsx')], { encoding: 'utf8' });
		expect(r.status, r.stderr).toBe(0);
		return spawnSync('unzip', ['-p', out, 'word/document.xml'], { encoding: 'utf8' }).stdout.replace(/<[^>]+>/g, '');
	};
	const all = words([]);
	expect(all).toContain('应报送统计数据的单位4个，已报送3个，完成率75%。');
	expect(all).toContain('据不完全统计');
	expect(all).toContain('尚有1个应报单位未报送（湫头镇）');
	// The XLSX pack's cover states the same completion as the page's.
	const pack = join(dir, 'roster-pack.xlsx');
	const r = spawnSync(TSX, [CLI, '--roster', join(dir, '名单.csv'), '--out', pack, join(dir, '2021年汇总.xlsx'), join(dir, '2022年汇总.xlsx')], { encoding: 'utf8' });
	expect(r.status, r.stderr).toBe(0);
	const cover = spawnSync('unzip', ['-p', pack, 'xl/sharedStrings.xml'], { encoding: 'utf8' }).stdout;
	expect(cover).toContain('2022年：应报4家，已报3家（75%）');
	const ningxian = words(['--region', '宁县']);
	expect(ningxian).toContain('宁县应报送统计数据的单位1个，已报送1个，完成率100%。');
	expect(ningxian).not.toContain('据不完全统计');
}, 120_000);
