/**
 * The foundation, end to end in headless Chromium against the built app:
 * drop files through the file input, wait for the charts, check the headline
 * numbers against the Node pipeline on the same bytes, click a bar to filter,
 * export PNG and SVG, and make sure no request leaves the origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { PNG } from 'pngjs';
import { Resvg } from '@resvg/resvg-js';
import { openApp, ready, kpi, type App } from './harness';
import { makeWideWorkbook } from '../fixtures/wide';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import type { Fact } from '../../src/lib/facts/fact';

const dir = mkdtempSync(join(tmpdir(), 'e2e-files-'));
const files: string[] = [];

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
			],
			numbersAsText: true
		}
	]);
	writeFileSync(join(dir, '2022年汇总表.xlsx'), wide);
	const csv = ['年度,地区,单位,活动,指标,数值', '2023,华池县,柔远镇,应急演练,开展灾害避险逃生、自救互救演练（场）,4', '2023,华池县,柔远镇,应急演练,参与（人次）,640', '2023,合水县,太白镇,6·16咨询日,参与（人次）,"1,800"', '2023,合水县,太白镇,举报,接收各类举报（条次）,9'].join('\r\n');
	// As Excel on Chinese Windows saves CSV: GBK, CRLF, a number with a thousands separator quoted.
	writeFileSync(join(dir, '2023年明细.csv'), iconv.encode(csv, 'gbk'));
	writeFileSync(join(dir, '损坏的文件.xlsx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 7, 7, 7]));
	files.push(join(dir, '2022年汇总表.xlsx'), join(dir, '2023年明细.csv'), join(dir, '损坏的文件.xlsx'));
}

/** What the dashboard must show: sums of the ok facts by family, computed by the same core in Node. */
function expectedTotals(facts: Fact[]) {
	const ok = facts.filter((f) => f.status === 'ok' && f.value !== null);
	const sum = (fam: string) => ok.filter((f) => f.family === fam).reduce((s, f) => s + f.value!, 0);
	return { participation: sum('P'), hazards: sum('H'), media: sum('M'), sessions: sum('S'), units: new Set(ok.map((f) => `${f.region}/${f.unit}`)).size };
}

let app: App;
let facts: Fact[];

beforeAll(async () => {
	await makeInputs();
	facts = resolveFilings(files.map((f) => processFile({ name: f.split('/').pop()!, bytes: new Uint8Array(readFileSync(f)) })));
	app = await openApp('/?demo=0');
});
afterAll(async () => {
	await app?.close();
});

describe('dashboard end to end', () => {
	it('loads dropped files; headline numbers equal the sum of the input; the bad file is listed with its reason', async () => {
		const { page } = app;
		await page.getByTestId('file-input').setInputFiles(files);
		await ready(page);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(3);
		const want = expectedTotals(facts);
		expect(want.participation).toBeGreaterThan(0);
		for (const k of ['participation', 'hazards', 'media', 'sessions', 'units'] as const) expect(await kpi(page, k), k).toBe(want[k]);
		const bad = page.getByTestId('file-row').filter({ hasText: '损坏的文件.xlsx' });
		await expect.poll(() => bad.innerText()).toMatch(/损坏|无法读取/);
	});

	it('shows each fact with its source file, sheet and cell', async () => {
		const { page } = app;
		const table = page.getByTestId('fact-table');
		await expect.poll(() => page.getByTestId('fact-row').count()).toBeGreaterThan(0);
		const rows = await page.getByTestId('fact-row').allInnerTexts();
		// Every fact of the wide table is listed with its file, sheet and cell.
		for (const fact of facts.filter((f) => f.file === '2022年汇总表.xlsx').slice(0, 5))
			expect(rows.some((r) => r.includes(fact.file) && r.includes(fact.sheet) && new RegExp(`\\b${fact.cell}\\b`).test(r)), fact.cell).toBe(true);
		expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(expect.arrayContaining(['文件', '工作表', '单元格']));
	});

	it('clicking a unit in the chart filters the others, and the filter can be cleared', async () => {
		const { page } = app;
		const before = await kpi(page, 'participation');
		const box = (await page.getByTestId('chart-unit').locator('canvas').first().boundingBox())!;
		// Click real pixels: sweep the plot (below the legend) until a click lands on a bar and a chip appears.
		let filtered = false;
		for (let y = 0.2; y < 0.9 && !filtered; y += 0.04)
			for (const x of [0.35, 0.45, 0.55]) {
				await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
				if ((await page.getByTestId('filter-chip').count()) > 0) {
					filtered = true;
					break;
				}
			}
		expect(filtered).toBe(true);
		await ready(page);
		const after = await kpi(page, 'participation');
		expect(after).toBeLessThan(before);
		const chip = await page.getByTestId('filter-chip').first().innerText();
		const unit = ['柔远镇', '悦乐镇', '太白镇'].find((u) => chip.includes(u));
		expect(unit, chip).toBeDefined();
		expect(after).toBe(facts.filter((f) => f.status === 'ok' && f.family === 'P' && f.unit === unit).reduce((s, f) => s + f.value!, 0));
		await page.getByTestId('clear-filters').click();
		await ready(page);
		expect(await kpi(page, 'participation')).toBe(before);
	});

	it('exports a chart as PNG (decodes, ≥2×, not blank) and SVG (contains the title)', async () => {
		const { page } = app;
		const card = page.getByTestId('chart-unit');
		const [png] = await Promise.all([page.waitForEvent('download'), card.getByTestId('export-png').click()]);
		const pngPath = join(dir, 'chart.png');
		await png.saveAs(pngPath);
		const image = PNG.sync.read(readFileSync(pngPath));
		expect(image.width).toBeGreaterThanOrEqual(1200);
		const colors = new Set<number>();
		let nonWhite = 0;
		for (let i = 0; i < image.data.length; i += 4 * 7) {
			const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
			colors.add((r << 16) | (g << 8) | b);
			if (r < 240 || g < 240 || b < 240) nonWhite++;
		}
		expect(colors.size).toBeGreaterThan(20);
		expect(nonWhite).toBeGreaterThan(1000);
		// White background: the corner pixel is white.
		expect([image.data[0], image.data[1], image.data[2]]).toEqual([255, 255, 255]);

		const [svg] = await Promise.all([page.waitForEvent('download'), card.getByTestId('export-svg').click()]);
		const svgPath = join(dir, 'chart.svg');
		await svg.saveAs(svgPath);
		const text = readFileSync(svgPath, 'utf8');
		expect(text).toMatch(/^<svg|<\?xml/);
		// Well-formed: a strict SVG parser renders it (it throws on malformed XML) at the size it states.
		const rendered = new Resvg(text, { font: { loadSystemFonts: true } }).render();
		expect(rendered.width).toBeGreaterThan(0);
		const title = (await card.getByRole('heading').first().innerText()).trim();
		expect(text).toContain(title.slice(0, 4));
	});

	it('made no request outside its own origin and threw no errors', () => {
		expect(app.offOrigin).toEqual([]);
		expect(app.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
	});
});
