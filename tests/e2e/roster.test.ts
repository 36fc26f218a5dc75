/**
 * Who has reported, in the browser: a roster of 30 units imported in the 名单
 * tab, 22 files dropped (three interim only, one late, one unreadable, one unit
 * on no roster), the deadlines set. The completion view per region, the rate
 * on the dashboard and the 催报 message are exactly what the plan of the round
 * says — and stay so after a reload and after an .aqy round trip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, ready, type App } from './harness';
import { expectedChaseText, expectedStatus, FINAL_DUE, INTERIM_DUE, OFF_ROSTER_UNIT, rosterLines, rosterXlsx, sentFiles } from '../fixtures/roster';
import { makeFormWorkbook, randomValues, rng } from '../fixtures/forms';

const dir = mkdtempSync(join(tmpdir(), 'e2e-roster-'));
const lines = rosterLines();
let app: App;
let filePaths: string[] = [];
let rosterPath = '';

/** Per region, from the plan: expected, reported, rate, then final/late/interim/unreadable/missing counts. */
function expectedRegions(): string[][] {
	const regions = [...new Set(lines.map((l) => l.region))];
	return regions.map((region) => {
		const mine = lines.filter((l) => l.region === region).map((l) => expectedStatus(l.plan));
		const n = (s: string) => mine.filter((x) => x === s).length;
		const reported = n('final') + n('late') + n('interim');
		const rate = `${Math.round((1000 * reported) / mine.length) / 10}%`;
		return [region, String(mine.length), String(reported), rate, ...['final', 'late', 'interim', 'unreadable', 'missing'].map((s) => String(n(s)))];
	});
}

async function completionRows(page: Page): Promise<string[][]> {
	const rows = page.getByTestId('completion-row');
	const out: string[][] = [];
	for (let i = 0; i < (await rows.count()); i++) {
		const row = rows.nth(i);
		out.push([await row.locator('th').innerText(), ...(await row.locator('td').allInnerTexts()).slice(0, 8).map((s) => s.trim())]);
	}
	return out;
}

/** Everything the round must show, on the 名单 tab and the dashboard. */
async function showsTheRound(page: Page) {
	await page.getByTestId('tab-roster').click();
	await expect.poll(() => page.getByTestId('unit-status').count(), { timeout: 30_000 }).toBe(30);
	await expect.poll(() => page.getByTestId('roster-summary').getAttribute('data-rate')).toBe('60%');
	expect(await page.getByTestId('roster-summary').innerText()).toContain('应报 30 家，已报 18 家（60%），终报 15 家');
	expect(await page.getByTestId('unit-status').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-unit'), r.getAttribute('data-status')]))).toEqual(
		lines.map((l) => [l.name, expectedStatus(l.plan)])
	);
	expect(await completionRows(page)).toEqual(expectedRegions());
	expect(await page.getByTestId('chase-text').inputValue()).toBe(expectedChaseText(lines));
	expect(await page.getByTestId('off-roster-unit').evaluateAll((li) => li.map((x) => x.getAttribute('data-unit')))).toEqual([OFF_ROSTER_UNIT]);
	await page.getByTestId('tab-dashboard').click();
	expect(await page.getByTestId('dashboard-completion').innerText()).toContain('报送率 60%');
}

beforeAll(async () => {
	rosterPath = join(dir, '2024年应报单位名单.xlsx');
	writeFileSync(rosterPath, await rosterXlsx(lines));
	filePaths = [];
	for (const f of await sentFiles(lines)) {
		const p = join(dir, f.name);
		writeFileSync(p, f.bytes);
		filePaths.push(p);
	}
	app = await openApp('/?demo=0');
}, 120_000);

afterAll(async () => {
	await app?.close();
});

describe('the roster in the page', () => {
	it('imports a roster of 30, takes 22 files and deadlines: completion per region, the rate and the 催报 text are exact', async () => {
		const { page } = app;
		await ready(page);
		await page.getByTestId('file-input').setInputFiles(filePaths);
		await ready(page, 120_000);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(22);

		await page.getByTestId('tab-roster').click();
		await page.getByTestId('roster-year').fill('2024');
		await page.getByTestId('roster-year').dispatchEvent('change');
		await page.getByTestId('roster-file').setInputFiles(rosterPath);
		await expect.poll(() => page.getByTestId('unit-status').count()).toBe(30);
		await page.getByTestId('due-interim').fill(INTERIM_DUE);
		await page.getByTestId('due-final').fill(FINAL_DUE);
		await showsTheRound(page);

		// The status filter shows one status's units only; the sort puts the lowest rate first.
		await page.getByTestId('tab-roster').click();
		await page.getByTestId('status-filter').selectOption('interim');
		expect(await page.getByTestId('unit-status').count()).toBe(3);
		await page.getByTestId('status-filter').selectOption('');
		await page.getByTestId('sort-rate').click();
		await page.getByTestId('sort-rate').click();
		const rates = (await completionRows(page)).map((r) => parseFloat(r[3]));
		expect(rates).toEqual([...rates].sort((a, b) => a - b));

		// The by-unit chart shows the 12 units with no readable filing as empty 未报 slots after the bars (top 10 of them),
		// its text description counts them, and the SVG export draws what is shown; the switch hides them.
		await page.getByTestId('tab-dashboard').click();
		const unitChart = page.getByTestId('chart-unit');
		const gapNote = unitChart.getByTestId('chart-gaps');
		await expect.poll(() => gapNote.getAttribute('data-count'), { timeout: 30_000 }).toBe('12');
		expect(await gapNote.getAttribute('data-shown')).toBe('10');
		expect(await unitChart.locator('[role="img"]').getAttribute('aria-label')).toContain('未报 12 个应报单位：');
		const missingNames = lines.filter((l) => l.plan === 'missing' || l.plan === 'unreadable').map((l) => l.name);
		expect(await gapNote.innerText()).toContain(missingNames.slice(0, 5).join('、'));
		const [svg] = await Promise.all([page.waitForEvent('download'), unitChart.getByTestId('export-svg').click()]);
		const svgPath = join(dir, 'unit.svg');
		await svg.saveAs(svgPath);
		const svgText = readFileSync(svgPath, 'utf8');
		expect(svgText).toContain(`${missingNames[0]}（未报）`);
		expect(svgText).toContain('未报 12 个应报单位');
		// Every county has a unit that reported: no region is a gap.
		expect(await page.getByTestId('chart-region').getByTestId('chart-gaps').count()).toBe(0);
		await page.getByTestId('unit-show-gaps').uncheck();
		await expect.poll(() => gapNote.count()).toBe(0);
		expect(await unitChart.locator('[role="img"]').getAttribute('aria-label')).not.toContain('未报');

		// The by-unit summary table follows the same switch: the 12 as blank 未报 rows.
		await page.getByTestId('tab-report').click();
		const unitRows = page.getByTestId('summary-table-unit').getByTestId('summary-row');
		await expect.poll(() => unitRows.count(), { timeout: 30_000 }).toBeGreaterThan(0);
		expect(await page.getByTestId('show-unreported').isChecked()).toBe(false);
		const before = await unitRows.count();
		await page.getByTestId('show-unreported').check();
		await expect.poll(() => unitRows.count()).toBe(before + 12);
		// Blank, never 0: every cell of those rows holds no number (shown empty or —).
		const cells = await unitRows.filter({ hasText: '（未报）' }).locator('td').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-value'), td.textContent?.trim()]));
		expect(cells.length).toBeGreaterThan(0);
		expect(cells.every(([v, text]) => v === '' && (text === '' || text === '—'))).toBe(true);

		// The draft states completion against the roster and names the filer on no roster apart.
		const opening = page.locator('[data-testid="draft-sentence"][data-id="opening.units"]');
		await page.getByTestId('draft').waitFor();
		await expect.poll(() => opening.innerText(), { timeout: 30_000 }).toContain('应报送统计数据的单位30个，已报送18个，完成率60%。');
		expect(await page.locator('[data-testid="draft-sentence"][data-id="opening.off-roster"]').innerText()).toContain(`另有名单外单位1个（${OFF_ROSTER_UNIT}）报送了统计数据，不计入完成率。`);
		await page.getByTestId('tab-dashboard').click();
		await expect.poll(() => gapNote.getAttribute('data-count')).toBe('12');
	}, 300_000);

	it('is the same after a reload', async () => {
		const { page } = app;
		await page.reload();
		await ready(page, 120_000);
		await showsTheRound(page);
	}, 300_000);

	it('is the same after an .aqy round trip (files, the unreadable one included, roster and deadlines)', async () => {
		const { page } = app;
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-workspace').click()]);
		const saved = join(dir, 'round.aqy');
		await download.saveAs(saved);
		// 清空全部 clears the files but keeps the roster (and says so, before and after); it survives a reload.
		await page.getByTestId('clear-workspace').click();
		expect(await page.getByTestId('clear-keeps-roster').innerText()).toContain('应报单位名单（2024年）会保留');
		await page.getByTestId('clear-workspace-confirm').click();
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(0);
		expect(await page.locator('[data-testid="notice"][data-kind="cleared"]').innerText()).toContain('应报单位名单（2024年）已保留');
		const keptRoster = async () => {
			await page.getByTestId('tab-roster').click();
			await expect.poll(() => page.getByTestId('unit-status').count()).toBe(30);
			expect(await page.getByTestId('roster-summary').getAttribute('data-rate')).toBe('0%');
			expect(await page.getByTestId('due-final').inputValue()).toBe(FINAL_DUE);
		};
		await keptRoster();
		await page.reload();
		await ready(page);
		await keptRoster();

		await page.getByTestId('workspace-input').setInputFiles(saved);
		await page.getByTestId('workspace-confirm').click();
		await ready(page, 120_000);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(22);
		await showsTheRound(page);

		// 名单外 → one click onto the roster: 31 expected, 19 reported.
		await page.getByTestId('tab-roster').click();
		await page.getByTestId('add-to-roster').click();
		await expect.poll(() => page.getByTestId('unit-status').count()).toBe(31);
		expect(await page.getByTestId('roster-summary').getAttribute('data-rate')).toBe('61.3%');
		expect(await page.getByTestId('off-roster-unit').count()).toBe(0);
	}, 300_000);

	it('feeds the report draft (x of y units, 据不完全统计) and gives its region to a unit whose file names none', async () => {
		const { page } = app;
		const opening = page.locator('[data-testid="draft-sentence"][data-id="opening.units"]');
		const draftText = () => page.getByTestId('draft').innerText();
		await page.getByTestId('tab-report').click();
		await page.getByTestId('draft').waitFor();
		await ready(page);
		// 31 expected now (名单外 added above); 11 missing and 1 unreadable have no readable filing.
		await expect.poll(() => opening.innerText(), { timeout: 30_000 }).toContain('应报送统计数据的单位31个，已报送19个，完成率61.3%。');
		expect(await page.locator('[data-testid="draft-sentence"][data-id="opening.off-roster"]').count()).toBe(0);
		expect(await draftText()).toContain('据不完全统计');
		expect(await draftText()).toContain('尚有12个应报单位未报送');

		// A roster unit that had not reported sends a form naming no region (not in the file name either).
		const late = lines.find((l) => l.plan === 'missing' && l.region !== '宁县')!;
		const county = lines.filter((l) => l.region === late.region);
		const owing = county.filter((l) => l.plan === 'missing' || l.plan === 'unreadable').length;
		const f = await makeFormWorkbook({ unit: late.name, year: 2024, filedOn: '2024-06-20', template: '2021', values: randomValues('2021', rng(4242)), layout: { headerLine: 'merged' }, contact: late.formContact, phone: late.formPhone, fileName: `${late.name}安全生产月统计表.xlsx` });
		const path = join(dir, f.fileName);
		writeFileSync(path, f.bytes);
		await page.getByTestId('tab-dashboard').click();
		await page.getByTestId('file-input').setInputFiles(path);
		await ready(page, 120_000);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(23);
		// Its region is the roster's: no 未知地区 in the region filter; the county holds it.
		const regionFilter = page.getByTestId('filter-region');
		expect(await regionFilter.innerText()).not.toContain('未知地区');
		await regionFilter.getByRole('checkbox', { name: late.region }).check();
		await page.getByTestId('tab-report').click();
		await ready(page);
		await expect.poll(() => opening.innerText(), { timeout: 30_000 }).toContain(`${late.region}应报送统计数据的单位${county.length}个，已报送${county.length - owing + 1}个`);
		expect(await draftText()).toContain(`尚有${owing - 1}个应报单位未报送`);
		await regionFilter.getByRole('checkbox', { name: late.region }).uncheck().catch(() => undefined);
	}, 300_000);

	it('matches the names as merged in 检查: a unit that wrote its name two ways and was merged is one roster unit', async () => {
		const { page } = app;
		// 永和镇 sent its interim form as 永和镇; its final form names it 永和真: 名单外, and 永和镇 still owes the final form.
		const town = lines.find((l) => l.name === '永和镇')!;
		expect(town.plan).toBe('interim');
		const f = await makeFormWorkbook({ unit: '永和真', year: 2024, filedOn: '2024-06-20', template: '2021', values: randomValues('2021', rng(77)), layout: { headerLine: 'merged' }, contact: '钱干事', phone: '13912345678', fileName: `${town.region}永和真安全生产月统计表（终报）.xlsx` });
		const path = join(dir, f.fileName);
		writeFileSync(path, f.bytes);
		await page.getByTestId('file-input').setInputFiles(path);
		await ready(page, 120_000);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(24);
		const status = page.locator('[data-testid="unit-status"][data-unit="永和镇"]');
		await page.getByTestId('tab-roster').click();
		await expect.poll(() => status.getAttribute('data-status')).toBe('interim');
		expect(await page.getByTestId('off-roster-unit').evaluateAll((li) => li.map((x) => x.getAttribute('data-unit')))).toEqual(['永和真']);
		expect(await page.getByTestId('chase-text').inputValue()).toContain('永和镇（已报中期，未报终报）');

		// Accepted in 检查 (whichever spelling it keeps): 已报终报, off the 名单外 list and the 催报 text.
		await page.getByTestId('tab-checks').click();
		await expect.poll(() => page.getByTestId('checks-panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
		const proposal = page.locator('[data-testid="merge-proposal"][data-from="永和镇"], [data-testid="merge-proposal"][data-from="永和真"]');
		await expect.poll(() => proposal.count()).toBe(1);
		await proposal.getByTestId('merge-accept').click();
		await expect.poll(() => page.getByTestId('merge-accepted').count()).toBe(1);
		await page.getByTestId('tab-roster').click();
		await expect.poll(() => status.getAttribute('data-status')).toBe('final');
		expect(await page.getByTestId('off-roster-unit').count()).toBe(0);
		expect(await page.getByTestId('chase-text').inputValue()).not.toContain('永和镇');
		await page.reload();
		await ready(page);
		await page.getByTestId('tab-roster').click();
		await expect.poll(() => status.getAttribute('data-status')).toBe('final');
	}, 300_000);

	it('清除名单 (after a confirmation) clears the roster and only the roster; it stays cleared after a reload and an .aqy round trip', async () => {
		const { page } = app;
		await page.getByTestId('tab-roster').click();
		await page.getByTestId('roster-clear').click();
		expect(await page.getByTestId('roster-clear-dialog').innerText()).toContain('2024');
		await page.getByTestId('roster-clear-cancel').click();
		expect(await page.getByTestId('unit-status').count()).toBe(31);
		await page.getByTestId('roster-clear').click();
		await page.getByTestId('roster-clear-confirm').click();
		await expect.poll(() => page.getByTestId('unit-status').count()).toBe(0);
		expect(await page.getByTestId('roster-clear').count()).toBe(0);
		expect(await page.getByTestId('file-row').count()).toBe(24);
		await page.getByTestId('tab-dashboard').click();
		await ready(page);
		expect(await page.getByTestId('chart-unit').getByTestId('chart-gaps').count()).toBe(0);
		expect(await page.getByTestId('unit-show-gaps').count()).toBe(0);
		await page.reload();
		await ready(page);
		await page.getByTestId('tab-roster').click();
		expect(await page.getByTestId('unit-status').count()).toBe(0);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-workspace').click()]);
		const saved = join(dir, 'no-roster.aqy');
		await download.saveAs(saved);
		await page.getByTestId('workspace-input').setInputFiles(saved);
		await page.getByTestId('workspace-confirm').click();
		await ready(page, 120_000);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(24);
		await page.getByTestId('tab-roster').click();
		expect(await page.getByTestId('unit-status').count()).toBe(0);
	}, 300_000);

	it('made no request outside its own origin and threw no errors', () => {
		expect(app.offOrigin).toEqual([]);
		expect(app.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
	});
});
