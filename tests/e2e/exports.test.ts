/**
 * Exports for the written report, end to end in headless Chromium against the
 * built app: chart PNG (print resolution, white, framed) / SVG / clipboard; the
 * 报告 tab's summary tables as CSV and XLSX; the report pack; the printable
 * report (print media screenshot and an A4 PDF); the collection template,
 * filled in Node and imported back. Every downloaded file is read back and its
 * numbers compared with the screen and with the core run in Node on the same
 * bytes (processFile → buildFacts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { Resvg } from '@resvg/resvg-js';
import type { Download, Page } from 'playwright-core';
import { openApp, ready, kpi, type App } from './harness';
import { makeWideWorkbook } from '../fixtures/wide';
import { buildFacts, processFile } from '../../src/lib/pipeline';
import type { Fact } from '../../src/lib/facts/fact';
import { templateRows, TEMPLATE_LAYOUT } from '../../src/lib/export/template';
import { HEADLINE_NAMES } from '../../src/lib/schema/headline';

const dir = mkdtempSync(join(tmpdir(), 'e2e-exports-'));
const files: string[] = [];
/** A unit name a spreadsheet would run as a formula if written as is. */
const EVIL = '=HYPERLINK("http://x")';

async function makeInputs() {
	const wide = await makeWideWorkbook([
		{
			title: '2022年“安全生产月”活动汇总表',
			sheetName: '汇总表',
			columns: [
				{ group: '安全宣传咨询日', leaf: '场次', metricId: 'consult.events' },
				{ group: '安全宣传咨询日', leaf: '参与人次', metricId: 'consult.participants' },
				{ group: null, leaf: '排查整治安全风险隐患（个）', metricId: 'rectification.hazards_found' },
				{ group: null, leaf: '在市县媒体发表安全月稿件（篇）', metricId: 'publicity.local_articles' },
				{ group: null, leaf: '发放宣传资料（份）', metricId: null }
			],
			rows: [
				{ region: '华池县', unit: '柔远镇', values: [3, 1200, 41, 6, 900] },
				{ region: '华池县', unit: '悦乐镇', values: [2, 300, 7, null, 100] },
				{ region: '合水县', unit: '太白镇', values: [5, 2500, 12, 3, 50] }
			]
		}
	]);
	writeFileSync(join(dir, '2022年汇总表.xlsx'), wide);
	const csv = [
		'年度,地区,单位,活动,指标,数值',
		'2023,华池县,柔远镇,应急演练,开展灾害避险逃生、自救互救演练（场）,4',
		'2023,华池县,柔远镇,应急演练,参与（人次）,640',
		'2023,合水县,太白镇,6·16咨询日,参与（人次）,"1,800"',
		'2023,合水县,太白镇,举报,接收各类举报（条次）,9',
		`2023,合水县,"${EVIL.replace(/"/g, '""')}",6·16咨询日,参与（人次）,75`
	].join('\r\n');
	writeFileSync(join(dir, '2023年明细.csv'), iconv.encode(csv, 'gbk'));
	files.push(join(dir, '2022年汇总表.xlsx'), join(dir, '2023年明细.csv'));
}

const FAMILY = { participation: 'P', hazards: 'H', media: 'M', sessions: 'S' } as const;
// The workbook names each measure as the dashboard does (one name per measure, set in the schema).
const MEASURE_ZH = { participation: HEADLINE_NAMES.participation.zh, hazards: HEADLINE_NAMES.hazards.zh, media: HEADLINE_NAMES.media.zh, sessions: HEADLINE_NAMES.sessions.zh } as const;

let app: App;
let facts: Fact[];
const okSum = (family: string, pick: (f: Fact) => boolean = () => true) =>
	facts.filter((f) => f.status === 'ok' && f.family === family && f.value !== null && pick(f)).reduce((s, f) => s + f.value!, 0);

async function save(d: Download, name: string): Promise<string> {
	const p = join(dir, name);
	await d.saveAs(p);
	return p;
}

async function click(page: Page, testid: string, within = page.locator('body')): Promise<Download> {
	const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), within.getByTestId(testid).first().click()]);
	return d;
}

function notBlank(image: PNG): void {
	const colors = new Set<number>();
	let nonWhite = 0;
	for (let i = 0; i < image.data.length; i += 4 * 7) {
		const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
		colors.add((r << 16) | (g << 8) | b);
		if (r < 240 || g < 240 || b < 240) nonWhite++;
	}
	expect(colors.size).toBeGreaterThan(20);
	expect(nonWhite).toBeGreaterThan(1000);
}

/** The numbers an on-screen summary table shows, from its cells' exact values. */
async function screenTable(page: Page, dim: string): Promise<{ rows: { label: string; values: (number | null)[] }[]; total: (number | null)[] }> {
	return page.getByTestId(`summary-table-${dim}`).evaluate((table) => {
		const nums = (tr: Element) => [...tr.querySelectorAll('td')].map((td) => (td.getAttribute('data-value') === '' ? null : Number(td.getAttribute('data-value'))));
		return {
			rows: [...table.querySelectorAll('tbody tr[data-testid="summary-row"]')].map((tr) => ({ label: tr.querySelector('th')!.textContent!.trim(), values: nums(tr) })),
			total: nums(table.querySelector('tfoot tr')!)
		};
	});
}

const cellNum = (v: ExcelJS.CellValue): number | null => (v === null || v === undefined || v === '' ? null : typeof v === 'number' ? v : Number(v));

beforeAll(async () => {
	await makeInputs();
	facts = buildFacts(files.map((f) => processFile({ name: f.split('/').pop()!, bytes: new Uint8Array(readFileSync(f)) })), null);
	app = await openApp('/?demo=0');
	await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
	await app.page.getByTestId('file-input').setInputFiles(files);
	await ready(app.page);
	await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="file-row"]').length === 2);
	await ready(app.page);
});
afterAll(async () => {
	await app?.close();
});

describe('exports for the written report', () => {
	it('the input holds what the tests expect (two years, the formula-looking unit)', async () => {
		expect(facts.some((f) => f.unit === EVIL && f.status === 'ok')).toBe(true);
		expect(new Set(facts.filter((f) => f.status === 'ok').map((f) => f.year))).toEqual(new Set([2022, 2023]));
		expect(await kpi(app.page, 'participation')).toBe(okSum('P'));
	});

	it('chart PNG: ≥ 3× its A4 layout width, white, framed, not blank; SVG has the title; copy puts a PNG on the clipboard', async () => {
		const { page } = app;
		const card = page.getByTestId('chart-unit');
		const image = PNG.sync.read(readFileSync(await save(await click(page, 'export-png', card), 'chart.png')));
		// The chart is laid out 720 CSS px wide (A4 column), drawn at ≥ 3 pixels per CSS pixel.
		expect(image.width).toBeGreaterThanOrEqual(3 * 720);
		expect(image.height).toBeGreaterThanOrEqual(3 * 440);
		notBlank(image);
		for (const [x, y] of [[0, 0], [image.width - 1, 0], [0, image.height - 1], [image.width - 1, image.height - 1]]) {
			const i = (y * image.width + x) * 4;
			expect([image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3]]).toEqual([255, 255, 255, 255]);
		}

		const svg = readFileSync(await save(await click(page, 'export-svg', card), 'chart.svg'), 'utf8');
		const title = (await card.getByRole('heading').first().innerText()).trim();
		expect(svg).toContain(title);
		// The filters subtitle and the source/date footnote are drawn in.
		expect(svg).toContain('筛选');
		expect(svg).toMatch(/数据来源：2 个文件.*\d{4}-\d{2}-\d{2}/);
		expect(new Resvg(svg, { font: { loadSystemFonts: true } }).render().width).toBe(720);

		// localhost is a secure context: the copy button is enabled and the clipboard gets an image/png.
		const copy = card.getByTestId('copy-png');
		expect(await copy.isEnabled()).toBe(true);
		await copy.click();
		await expect.poll(() => copy.getAttribute('data-state')).toBe('copied');
		const b64 = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			const bytes = new Uint8Array(await (await item.getType('image/png')).arrayBuffer());
			let s = '';
			for (const b of bytes) s += String.fromCharCode(b);
			return btoa(s);
		});
		const pasted = PNG.sync.read(Buffer.from(b64, 'base64'));
		expect(pasted.width).toBeGreaterThanOrEqual(3 * 720);
		notBlank(pasted);
	});

	it('report tab: per unit/region/activity × year tables with totals and change equal the KPIs and the Node sums', async () => {
		const { page } = app;
		const kpiP = await kpi(page, 'participation');
		await page.getByTestId('tab-report').click();
		await ready(page);
		for (const dim of ['unit', 'region', 'activity']) {
			const tb = await screenTable(page, dim);
			expect(tb.rows.length).toBeGreaterThan(0);
			// Columns: 2022, 2023, total, change, change %.
			expect(tb.total.length).toBe(5);
			expect(tb.total[0]).toBe(okSum('P', (f) => f.year === 2022));
			expect(tb.total[1]).toBe(okSum('P', (f) => f.year === 2023));
			expect(tb.total[2]).toBe(kpiP);
			expect(tb.total[3]).toBe(tb.total[1]! - tb.total[0]!);
			expect(tb.total[4]).toBeCloseTo(((tb.total[1]! - tb.total[0]!) / tb.total[0]!) * 100, 6);
			// Each row adds up.
			for (const r of tb.rows) expect(r.values[2]).toBe((r.values[0] ?? 0) + (r.values[1] ?? 0));
		}
		const units = await screenTable(page, 'unit');
		const taibai = units.rows.find((r) => r.label === '太白镇')!;
		expect(taibai.values.slice(0, 2)).toEqual([okSum('P', (f) => f.unit === '太白镇' && f.year === 2022), okSum('P', (f) => f.unit === '太白镇' && f.year === 2023)]);
		expect(units.rows.some((r) => r.label === EVIL)).toBe(true);

		// Another measure: hazards.
		await page.getByTestId('report-measure').selectOption('hazards');
		await ready(page);
		expect((await screenTable(page, 'unit')).total[2]).toBe(okSum('H'));
		await page.getByTestId('report-measure').selectOption('participation');
		await ready(page);
	});

	it('summary CSV: UTF-8 with BOM, numbers equal the screen table, the formula-looking unit neutralized', async () => {
		const { page } = app;
		const bytes = readFileSync(await save(await click(page, 'summary-csv', page.getByTestId('summary-unit')), 'unit.csv'));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8').slice(1);
		const rows = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
		expect(rows[0]).toEqual(['单位', '2022年', '2023年', '合计', '2023年比2022年增减', '2023年比2022年增减（%）']);
		const screen = await screenTable(page, 'unit');
		const num = (s: string) => (s === '' ? null : Number(s));
		expect(rows.length).toBe(screen.rows.length + 2);
		screen.rows.forEach((r, i) => {
			const csvRow = rows[1 + i];
			expect(csvRow[0]).toBe(r.label === EVIL ? `'${EVIL}` : r.label);
			expect(csvRow.slice(1, 5).map(num)).toEqual(r.values.slice(0, 4));
			const pct = num(csvRow[5]);
			if (r.values[4] === null) expect(pct).toBeNull();
			else expect(pct).toBeCloseTo(r.values[4], 1);
		});
		const last = rows[rows.length - 1];
		expect(last[0]).toBe('合计');
		expect(last.slice(1, 5).map(num)).toEqual(screen.total.slice(0, 4));
		// Nothing starts with a formula character.
		for (const row of rows) for (const c of row) expect(c).not.toMatch(/^[=+@]/);
	});

	it('summary XLSX opens with exceljs: the sheet, Chinese headers, screen numbers, neutralized text', async () => {
		const { page } = app;
		const d = await click(page, 'summary-xlsx', page.getByTestId('summary-unit'));
		expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.readFile(await save(d, 'unit.xlsx'));
		const ws = wb.getWorksheet('参与人次-按单位')!;
		expect(ws).toBeDefined();
		expect((ws.getRow(3).values as ExcelJS.CellValue[]).slice(1)).toEqual(['单位', '2022年', '2023年', '合计', '2023年比2022年增减', '2023年比2022年增减（%）']);
		const screen = await screenTable(page, 'unit');
		screen.rows.forEach((r, i) => {
			const row = ws.getRow(4 + i);
			expect(row.getCell(1).value).toBe(r.label === EVIL ? `'${EVIL}` : r.label);
			expect([2, 3, 4, 5].map((c) => cellNum(row.getCell(c).value))).toEqual(r.values.slice(0, 4));
		});
		const total = ws.getRow(4 + screen.rows.length);
		expect(total.getCell(1).value).toBe('合计');
		expect(cellNum(total.getCell(4).value)).toBe(okSum('P'));
		expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
	});

	it('report pack: built in the browser with progress, named by date; sheets, images, sums equal the Node core', async () => {
		const { page } = app;
		const [d] = await Promise.all([
			page.waitForEvent('download', { timeout: 170_000 }),
			(async () => {
				await page.getByTestId('report-pack').click();
				// Progress is shown while it builds.
				await page.getByTestId('report-progress').waitFor({ state: 'attached', timeout: 30_000 });
			})()
		]);
		expect(d.suggestedFilename()).toMatch(/^安全生产月活动统计报告-\d{4}-\d{2}-\d{2}\.xlsx$/);
		await expect.poll(() => page.getByTestId('report-message').getAttribute('data-kind')).toBe('done');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.readFile(await save(d, 'pack.xlsx'));
		const names = wb.worksheets.map((w) => w.name);
		expect(names[0]).toBe('封面');
		expect(names.slice(-3)).toEqual(['数据明细', '未映射项目', '问题与提示']);
		expect(names.length).toBe(1 + 12 + 3);
		for (const [measure, family] of Object.entries(FAMILY)) {
			for (const by of ['单位', '地区', '活动']) {
				const ws = wb.getWorksheet(`${MEASURE_ZH[measure as keyof typeof FAMILY]}-按${by}`)!;
				expect(ws, `${measure} ${by}`).toBeDefined();
				// The chart beside it, a real PNG at print resolution.
				const images = ws.getImages();
				expect(images.length).toBe(1);
				const media = wb.getImage(Number(images[0].imageId));
				const png = PNG.sync.read(Buffer.from(media.buffer as unknown as ArrayBuffer));
				expect(png.width).toBeGreaterThanOrEqual(1200 * 3);
				notBlank(png);
				// The 合计 row's 合计 column is the Node sum of that measure's ok facts.
				let grand: number | null = null;
				ws.eachRow((row) => {
					if (row.getCell(1).value === '合计') grand = cellNum(row.getCell((ws.getRow(3).values as unknown[]).indexOf('合计')).value);
				});
				const want = okSum(family);
				if (want === 0) expect(grand ?? 0).toBe(0);
				else expect(grand).toBe(want);
			}
		}
		expect(okSum('P')).toBe(await kpiFromPage(page, 'participation'));
		// Every fact (every status) with its provenance; the formula-looking unit neutralized.
		const factsSheet = wb.getWorksheet('数据明细')!;
		expect(factsSheet.rowCount - 1).toBe(facts.length);
		const texts: string[] = [];
		factsSheet.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
		expect(texts).toContain(`'${EVIL}`);
		expect(texts.filter((s) => /^[=+@]/.test(s))).toEqual([]);
		// The cover lists both source files.
		const cover: string[] = [];
		wb.getWorksheet('封面')!.eachRow((row) => row.eachCell((c) => cover.push(String(c.value))));
		expect(cover).toEqual(expect.arrayContaining(['2022年汇总表.xlsx', '2023年明细.csv']));
		// The unmapped item (发放宣传资料) is listed.
		const unmapped: string[] = [];
		wb.getWorksheet('未映射项目')!.eachRow((row) => unmapped.push(String(row.getCell(1).value)));
		expect(unmapped.some((s) => s.includes('发放宣传资料'))).toBe(true);
	});

	it('print view: A4 layout of every table and chart; print media shows only it; page.pdf has several A4 pages', async () => {
		const { page } = app;
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void ((window as unknown as { printed: number }).printed += 1);
		});
		await page.getByTestId('print').click();
		await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), { timeout: 120_000 }).toBe(1);
		expect(await page.getByTestId('print-section').count()).toBe(12);
		expect(await page.locator('.print-doc img').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth >= 2160))).toBe(true);

		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header.top').isVisible()).toBe(false);
		expect(await page.getByTestId('report-panel').isVisible()).toBe(false);
		expect(await page.getByTestId('print-doc').isVisible()).toBe(true);
		const shot = PNG.sync.read(await page.screenshot({ fullPage: false }));
		notBlank(shot);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		await page.emulateMedia({ media: 'screen' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
		// A cover and one page per table at least.
		expect(pages).toBeGreaterThanOrEqual(13);
		// A4: 595 × 842 points.
		expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+841\.\d+|\/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+842/);
		writeFileSync(join(dir, 'report.pdf'), pdf);
	});

	it('collection template: downloads, a copy filled in Node imports with every value landing', async () => {
		const { page } = app;
		await page.getByTestId('template-year').fill('2025');
		await page.getByTestId('template-kind').selectOption('2021');
		const d = await click(page, 'template-download');
		expect(d.suggestedFilename()).toBe('2025年安全生产月活动进展情况统计表（2021年版）.xlsx');
		const bytes = readFileSync(await save(d, 'template.xlsx'));
		const rows = templateRows({ year: 2025, kind: '2021' });

		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(bytes as unknown as ArrayBuffer);
		const ws = wb.getWorksheet(TEMPLATE_LAYOUT.sheetName)!;
		ws.getCell(TEMPLATE_LAYOUT.unitCell).value = '正宁县山河镇人民政府';
		ws.getCell(TEMPLATE_LAYOUT.yearCell).value = 2025;
		ws.getCell(TEMPLATE_LAYOUT.dateCell).value = new Date(Date.UTC(2025, 5, 24));
		let filled = 0;
		for (const [i, row] of rows.entries()) {
			ws.getCell(row.valueCell).value = row.metric.family === 'F' ? (i % 2 ? '是' : '否') : row.metric.family === 'T' ? `一是开展专题学习${i}次。` : 10 + i;
			filled++;
		}
		const path = join(dir, '山河镇-2025.xlsx');
		writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
		const inNode = processFile({ name: '山河镇-2025.xlsx', bytes: new Uint8Array(readFileSync(path)) });
		expect(inNode.facts.filter((f) => f.status === 'ok')).toHaveLength(filled);

		const before = Number(await page.getByTestId('ready').getAttribute('data-facts'));
		await page.getByTestId('file-input').setInputFiles([path]);
		await expect.poll(() => page.getByTestId('file-row').count(), { timeout: 60_000 }).toBe(3);
		await ready(page);
		await expect.poll(async () => Number(await page.getByTestId('ready').getAttribute('data-facts'))).toBe(before + filled);
		const row = page.getByTestId('file-row').filter({ hasText: '山河镇-2025.xlsx' });
		expect(await row.innerText()).not.toMatch(/未匹配|unmapped/);
	});

	it('made no request outside its own origin and threw no errors (exceljs loaded under the CSP)', () => {
		expect(app.offOrigin).toEqual([]);
		expect(app.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
	});
});

async function kpiFromPage(page: Page, name: 'participation'): Promise<number> {
	await page.getByTestId('tab-dashboard').click();
	const n = await kpi(page, name);
	await page.getByTestId('tab-report').click();
	await ready(page);
	return n;
}
