/**
 * A workspace the user can trust, end to end in headless Chromium: numbers
 * survive a reload; the same file twice is told and counted once; removing a
 * file drops each headline number by exactly its ok facts; replacing a file
 * makes the numbers follow; a chart bar's and a headline card's sources add up
 * to the number shown and name file, sheet and cell; planted problems show in
 * the checks with their rule; a unit-merge proposal accepted is applied and
 * remembered; the workspace file carries everything to an empty workspace.
 * Every expectation is computed by the same core in Node on the same bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, ready, kpi, type App } from './harness';
import { makeWideWorkbook, type WideColumn } from '../fixtures/wide';
import { buildFacts, processFile } from '../../src/lib/pipeline';
import { applyUnitMergesToResults, type UnitMerge } from '../../src/lib/checks/index';
import type { Fact, FileResult } from '../../src/lib/facts/fact';

const dir = mkdtempSync(join(tmpdir(), 'e2e-trust-'));
const COLUMNS: WideColumn[] = [
	{ group: '安全宣传咨询日', leaf: '场次', metricId: 'consult.events' },
	{ group: '安全宣传咨询日', leaf: '参与人次', metricId: 'consult.participants' },
	{ group: null, leaf: '排查整治安全风险隐患（个）', metricId: 'rectification.hazards_found' },
	{ group: null, leaf: '在市县媒体发表安全月稿件（篇）', metricId: 'publicity.local_articles' }
];
const paths = { a: '', b: '', b2: '', c: '' };

async function makeInputs() {
	paths.a = join(dir, '2023年汇总表.xlsx');
	writeFileSync(
		paths.a,
		await makeWideWorkbook([
			{
				title: '2023年“安全生产月”活动汇总表',
				sheetName: '汇总表',
				columns: COLUMNS,
				rows: [
					{ region: '华池县', unit: '柔远镇', values: [3, 1200, 41, 6] },
					{ region: '华池县', unit: '悦乐镇', values: [2, 300, 7, 2] },
					{ region: '合水县', unit: '太白镇', values: [5, 2500, 12, 3] }
				]
			}
		])
	);
	const csv = (p1: number, p2: number) =>
		['年度,地区,单位,活动,指标,数值', '2024,华池县,柔远镇,应急演练,开展灾害避险逃生、自救互救演练（场）,4', `2024,华池县,柔远镇,应急演练,参与（人次）,${p1}`, `2024,合水县,太白镇,6·16咨询日,参与（人次）,${p2}`, '2024,合水县,太白镇,举报,接收各类举报（条次）,9'].join('\r\n');
	paths.b = join(dir, '2024年明细.csv');
	writeFileSync(paths.b, csv(640, 1800));
	paths.b2 = join(dir, '2024年明细（更正）.csv');
	writeFileSync(paths.b2, csv(700, 1500));
	// Planted problems: 12 sessions but 5 participants on one line, a 合计 row that disagrees,
	// and 柔远镇人民政府 — the same town as 柔远镇 under another name.
	paths.c = join(dir, '2022年汇总表.xlsx');
	writeFileSync(
		paths.c,
		await makeWideWorkbook([
			{
				title: '2022年“安全生产月”活动汇总表',
				sheetName: '汇总表',
				columns: COLUMNS,
				rows: [
					{ region: '华池县', unit: '柔远镇人民政府', values: [4, 900, 10, 1] },
					{ region: '环县', unit: '木钵镇', values: [12, 5, 3, 1] }
				],
				wrongTotal: true
			}
		])
	);
}

const read = (path: string): FileResult => processFile({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) });
const factsOf = (files: string[], merges: UnitMerge[] = []) => buildFacts(applyUnitMergesToResults(files.map(read), merges));
const ok = (facts: Fact[]) => facts.filter((f) => f.status === 'ok' && f.value !== null);
const sum = (facts: Fact[], fam: string) => ok(facts).filter((f) => f.family === fam).reduce((s, f) => s + f.value!, 0);

/** What the headline cards must show (SQL: sums by family, distinct units among ok facts). */
function totals(facts: Fact[]) {
	return { participation: sum(facts, 'P'), hazards: sum(facts, 'H'), media: sum(facts, 'M'), sessions: sum(facts, 'S'), units: new Set(ok(facts).map((f) => f.unit)).size };
}

async function headline(page: Page) {
	return {
		participation: await kpi(page, 'participation'),
		hazards: await kpi(page, 'hazards'),
		media: await kpi(page, 'media'),
		sessions: await kpi(page, 'sessions'),
		units: await kpi(page, 'units')
	};
}

/** Waits until the dashboard is drawn and shows these numbers. */
async function shows(page: Page, want: ReturnType<typeof totals>) {
	await expect.poll(async () => (await page.getByTestId('ready').count()) === 1 && JSON.stringify(await headline(page)), { timeout: 60_000 }).toBe(JSON.stringify(want));
}

const fileRow = (page: Page, name: string) => page.locator(`[data-testid="file-row"][data-file="${name}"]`);

/** The open sources panel's rows: file/sheet/cell/value as listed, and the total it states. */
async function sourcesShown(page: Page) {
	const panel = page.getByTestId('sources-panel');
	await expect.poll(() => panel.getAttribute('data-loaded'), { timeout: 30_000 }).toBe('1');
	const rows = panel.getByTestId('source-row');
	const list: { file: string; sheet: string; cell: string; value: number }[] = [];
	for (let i = 0; i < (await rows.count()); i++) {
		const r = rows.nth(i);
		list.push({ file: (await r.getAttribute('data-file'))!, sheet: (await r.getAttribute('data-sheet'))!, cell: (await r.getAttribute('data-cell'))!, value: Number(await r.getAttribute('data-value')) });
	}
	return { list, total: Number(await panel.getAttribute('data-total')), n: Number(await panel.getAttribute('data-n')), text: await panel.innerText() };
}

const asSources = (facts: Fact[]) => facts.map((f) => ({ file: f.file, sheet: f.sheet, cell: f.cell, value: f.value! })).sort((x, y) => `${x.file}${x.cell}`.localeCompare(`${y.file}${y.cell}`));
const sorted = <T extends { file: string; cell: string }>(l: T[]) => [...l].sort((x, y) => `${x.file}${x.cell}`.localeCompare(`${y.file}${y.cell}`));

let app: App;

beforeAll(async () => {
	await makeInputs();
	app = await openApp('/?demo=0');
	await ready(app.page);
});
afterAll(async () => {
	await app?.close();
});

describe('a workspace the user can trust', () => {
	it('keeps the headline numbers across a reload', async () => {
		const { page } = app;
		await page.getByTestId('file-input').setInputFiles([paths.a, paths.b]);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(2);
		const want = totals(factsOf([paths.a, paths.b]));
		expect(want.participation).toBeGreaterThan(0);
		await shows(page, want);
		await page.reload();
		await ready(page);
		await shows(page, want);
	});

	it('tells the user a file was already imported, and counts it once', async () => {
		const { page } = app;
		await page.getByTestId('file-input').setInputFiles([paths.a]);
		await expect.poll(() => page.getByTestId('notice').getAttribute('data-kind')).toBe('duplicate');
		expect(await page.getByTestId('notice').innerText()).toContain('已导入过');
		expect(await page.getByTestId('notice').innerText()).toContain(basename(paths.a));
		await ready(page);
		expect(await page.getByTestId('file-row').count()).toBe(2);
		await shows(page, totals(factsOf([paths.a, paths.b])));
		await page.getByTestId('notice-dismiss').click();
		expect(await page.getByTestId('notice').count()).toBe(0);
	});

	it('removing a file drops each headline number by exactly that file’s ok facts', async () => {
		const { page } = app;
		const before = await headline(page);
		const bFacts = factsOf([paths.a, paths.b]).filter((f) => f.file === basename(paths.b));
		const drop = { participation: sum(bFacts, 'P'), hazards: sum(bFacts, 'H'), media: sum(bFacts, 'M'), sessions: sum(bFacts, 'S') };
		expect(drop.participation).toBeGreaterThan(0);
		await fileRow(page, basename(paths.b)).getByTestId('remove-file').click();
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(1);
		const want = totals(factsOf([paths.a]));
		await shows(page, want);
		for (const k of ['participation', 'hazards', 'media', 'sessions'] as const) expect(want[k], k).toBe(before[k] - drop[k]);
	});

	it('replacing a file with a corrected version: the numbers follow, the place in the list is kept', async () => {
		const { page } = app;
		await page.getByTestId('file-input').setInputFiles([paths.b]);
		await shows(page, totals(factsOf([paths.a, paths.b])));
		const [chooser] = await Promise.all([page.waitForEvent('filechooser'), fileRow(page, basename(paths.b)).getByTestId('replace-file').click()]);
		await chooser.setFiles(paths.b2);
		await expect.poll(() => fileRow(page, basename(paths.b2)).count()).toBe(1);
		expect(await fileRow(page, basename(paths.b)).count()).toBe(0);
		expect(await page.getByTestId('file-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file')))).toEqual([basename(paths.a), basename(paths.b2)]);
		const want = totals(factsOf([paths.a, paths.b2]));
		expect(want.participation).not.toBe(totals(factsOf([paths.a, paths.b])).participation);
		await shows(page, want);
		await page.reload();
		await ready(page);
		await shows(page, want);
	});

	it('shows a file’s ledger: every non-empty cell accounted for, ignored cells by reason', async () => {
		const { page } = app;
		const row = fileRow(page, basename(paths.a));
		await row.getByTestId('file-ledger-toggle').click();
		const ledger = row.getByTestId('file-ledger');
		const r = read(paths.a);
		expect(Number(await ledger.getAttribute('data-cells'))).toBe(r.ledger.length);
		const ignored = r.ledger.filter((e) => e.disposition === 'ignored');
		expect(Number(await ledger.getAttribute('data-ignored'))).toBe(ignored.length);
		expect(await ledger.innerText()).toContain('合计行');
		expect(await ledger.innerText()).toContain('表头');
		await row.getByTestId('file-ledger-toggle').click();
	});

	it('a chart bar’s sources add up to the bar and name file, sheet and cell', async () => {
		const { page } = app;
		const facts = factsOf([paths.a, paths.b2]);
		const box = (await page.getByTestId('chart-unit').locator('canvas').first().boundingBox())!;
		let picked = false;
		for (let y = 0.2; y < 0.9 && !picked; y += 0.04)
			for (const x of [0.35, 0.45, 0.55]) {
				await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
				if ((await page.getByTestId('chart-sources').count()) > 0) {
					picked = true;
					break;
				}
			}
		expect(picked).toBe(true);
		await ready(page);
		const button = page.getByTestId('chart-unit').getByTestId('chart-sources');
		const unit = (await button.getAttribute('data-key'))!;
		const bar = ok(facts).filter((f) => f.family === 'P' && f.unit === unit);
		expect(bar.length).toBeGreaterThan(0);
		await button.click();
		const shown = await sourcesShown(page);
		expect(shown.total).toBe(bar.reduce((s, f) => s + f.value!, 0));
		expect(shown.list.reduce((s, r) => s + r.value, 0)).toBe(shown.total);
		expect(sorted(shown.list)).toEqual(asSources(bar));
		expect(shown.text).toContain(bar[0].file);
		expect(shown.text).toContain(bar[0].raw);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.getByTestId('sources-panel').getAttribute('data-loaded')).toBe('');
		await page.getByTestId('clear-filters').click();
		await ready(page);
	});

	it('a headline card’s sources add up to its number; a table row opens its own cell', async () => {
		const { page } = app;
		const facts = factsOf([paths.a, paths.b2]);
		const number = await kpi(page, 'participation');
		await page.getByTestId('kpi-sources-participation').click();
		const shown = await sourcesShown(page);
		expect(shown.total).toBe(number);
		expect(shown.list.reduce((s, r) => s + r.value, 0)).toBe(number);
		expect(sorted(shown.list)).toEqual(asSources(ok(facts).filter((f) => f.family === 'P')));
		await page.getByTestId('sources-close').click();

		const row = page.getByTestId('fact-row').first();
		const [file, sheet, cell] = await Promise.all(['fact-file', 'fact-sheet', 'fact-cell'].map((id) => row.getByTestId(id).innerText()));
		await row.getByTestId('row-sources').click();
		const one = await sourcesShown(page);
		expect(one.list.map((r) => [r.file, r.sheet, r.cell])).toContainEqual([file, sheet, cell]);
		await page.getByTestId('sources-close').click();
	});

	it('planted problems show in the checks with their rule; a merge proposal accepted is applied and remembered', async () => {
		const { page } = app;
		await page.getByTestId('file-input').setInputFiles([paths.c]);
		const files = [paths.a, paths.b2, paths.c];
		await shows(page, totals(factsOf(files)));
		await page.getByTestId('tab-checks').click();
		const panel = page.getByTestId('checks-panel');
		await expect.poll(() => panel.getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
		const codes = await panel.getByTestId('check').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
		expect(codes).toContain('participants.below-sessions');
		expect(codes).toContain('total.mismatch');
		expect(Number(await page.getByTestId('checks-todo').getAttribute('data-n'))).toBeGreaterThanOrEqual(2);

		// Filter by code: only that kind is listed, with the rule that found it and its cells.
		await panel.getByTestId('check-filter').selectOption('participants.below-sessions');
		const below = panel.getByTestId('check');
		expect(await below.count()).toBe(1);
		expect(await below.getByTestId('check-message').innerText()).toContain('木钵镇');
		expect(await below.getByTestId('check-rule').textContent()).toContain('参与人次少于其场次');
		await below.getByTestId('check-sources').click();
		const cells = await sourcesShown(page);
		expect(cells.list.map((r) => r.value).sort((x, y) => x - y)).toEqual([5, 12]);
		expect(cells.list.every((r) => r.file === basename(paths.c) && r.sheet === '汇总表')).toBe(true);
		await page.getByTestId('sources-close').click();
		await panel.getByTestId('check-filter').selectOption('total.mismatch');
		expect(await panel.getByTestId('check').count()).toBeGreaterThanOrEqual(1);
		expect(await panel.getByTestId('check').first().getByTestId('check-rule').textContent()).toContain('合计');
		await panel.getByTestId('check-filter').selectOption('');

		// Two spellings of one town: proposed, accepted, applied (one unit fewer), remembered after a reload.
		const proposal = panel.locator('[data-testid="merge-proposal"][data-from="柔远镇人民政府"]');
		await expect.poll(() => proposal.count()).toBe(1);
		expect(await proposal.getAttribute('data-to')).toBe('柔远镇');
		const merge: UnitMerge = { from: '柔远镇人民政府', to: '柔远镇', region: '华池县' };
		const merged = totals(factsOf(files, [merge]));
		expect(merged.units).toBe(totals(factsOf(files)).units - 1);
		await proposal.getByTestId('merge-accept').click();
		await expect.poll(() => panel.locator('[data-testid="merge-accepted"][data-from="柔远镇人民政府"]').count()).toBe(1);
		await page.getByTestId('tab-dashboard').click();
		await shows(page, merged);
		await page.reload();
		await ready(page);
		await shows(page, merged);
		await page.getByTestId('tab-checks').click();
		await expect.poll(() => page.getByTestId('checks-panel').getAttribute('data-state')).toBe('done');
		expect(await page.locator('[data-testid="merge-accepted"][data-from="柔远镇人民政府"]').count()).toBe(1);
		expect(await page.locator('[data-testid="merge-proposal"][data-from="柔远镇人民政府"]').count()).toBe(0);

		// Undone, it is proposed again; rejected, it is not proposed again — after a reload either.
		await page.getByTestId('merge-undo').click();
		const again = page.locator('[data-testid="merge-proposal"][data-from="柔远镇人民政府"]');
		await expect.poll(() => again.count(), { timeout: 60_000 }).toBe(1);
		await again.getByTestId('merge-reject').click();
		await expect.poll(() => again.count()).toBe(0);
		await page.reload();
		await ready(page);
		await page.getByTestId('tab-checks').click();
		await expect.poll(() => page.getByTestId('checks-panel').getAttribute('data-state')).toBe('done');
		expect(await page.getByTestId('check').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-testid="merge-proposal"][data-from="柔远镇人民政府"]').count()).toBe(0);
		await page.getByTestId('tab-dashboard').click();
		await shows(page, totals(factsOf(files)));
	});

	it('exports the workspace file, clears everything, imports it: the same numbers; a damaged file is refused with the reason', async () => {
		const { page } = app;
		const files = [paths.a, paths.b2, paths.c];
		// A decision goes along: the long table's region, set by the user.
		const row = fileRow(page, basename(paths.b2));
		await row.getByTestId('file-settings').click();
		await row.getByTestId('file-region').fill('庆城县');
		await row.getByTestId('file-apply').click();
		await expect.poll(() => row.getByTestId('file-decisions').getAttribute('data-region')).toBe('庆城县');
		const results = [read(paths.a), processFile({ name: basename(paths.b2), bytes: new Uint8Array(readFileSync(paths.b2)) }, { region: '庆城县' }), read(paths.c)];
		const want = totals(buildFacts(results));
		await shows(page, want);

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-workspace').click()]);
		expect(download.suggestedFilename()).toMatch(/\.aqy$/);
		const saved = join(dir, 'workspace.aqy');
		await download.saveAs(saved);

		await page.getByTestId('clear-workspace').click();
		await page.getByTestId('clear-workspace-confirm').click();
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(0);
		await shows(page, { participation: 0, hazards: 0, media: 0, sessions: 0, units: 0 });

		// A damaged workspace file is refused, in words, and nothing changes.
		const bytes = readFileSync(saved);
		const damaged = join(dir, 'damaged.aqy');
		writeFileSync(damaged, bytes.subarray(0, bytes.length - 10));
		await page.getByTestId('workspace-input').setInputFiles(damaged);
		await expect.poll(() => page.getByTestId('notice').getAttribute('data-kind')).toBe('workspace-error');
		expect(await page.getByTestId('notice').innerText()).toContain('无法打开工作区文件');
		expect(await page.getByTestId('workspace-confirm-dialog').count()).toBe(0);

		await page.getByTestId('workspace-input').setInputFiles(saved);
		await expect.poll(() => page.getByTestId('workspace-confirm-dialog').count()).toBe(1);
		expect(await page.getByTestId('workspace-confirm-dialog').innerText()).toContain('3');
		await page.getByTestId('workspace-confirm').click();
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(3);
		await shows(page, want);
		expect(await fileRow(page, basename(paths.b2)).getByTestId('file-decisions').getAttribute('data-region')).toBe('庆城县');
		await page.reload();
		await ready(page);
		await shows(page, want);
		expect(files.length).toBe(3);
	});

	it('made no request outside its own origin and threw no errors', () => {
		expect(app.offOrigin).toEqual([]);
		expect(app.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
	});
});

