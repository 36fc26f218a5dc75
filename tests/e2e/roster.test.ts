/**
 * Who has reported, in the browser: a roster of 30 units imported in the 名单
 * tab, 22 files dropped (three interim only, one late, one unreadable, one unit
 * on no roster), the deadlines set. The completion view per region, the rate
 * on the dashboard and the 催报 message are exactly what the plan of the round
 * says — and stay so after a reload and after an .aqy round trip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, ready, type App } from './harness';
import { expectedChaseText, expectedStatus, FINAL_DUE, INTERIM_DUE, OFF_ROSTER_UNIT, rosterLines, rosterXlsx, sentFiles } from '../fixtures/roster';

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

		// The by-unit summary table can show the 12 units with no readable filing as blank 未报 rows.
		await page.getByTestId('tab-report').click();
		const unitRows = page.getByTestId('summary-table-unit').getByTestId('summary-row');
		await expect.poll(() => unitRows.count(), { timeout: 30_000 }).toBeGreaterThan(0);
		const before = await unitRows.count();
		await page.getByTestId('show-unreported').check();
		await expect.poll(() => unitRows.count()).toBe(before + 12);
		// Blank, never 0: every cell of those rows holds no number (shown empty or —).
		const cells = await unitRows.filter({ hasText: '（未报）' }).locator('td').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-value'), td.textContent?.trim()]));
		expect(cells.length).toBeGreaterThan(0);
		expect(cells.every(([v, text]) => v === '' && (text === '' || text === '—'))).toBe(true);
		await page.getByTestId('tab-dashboard').click();
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
		await page.getByTestId('clear-workspace').click();
		await page.getByTestId('clear-workspace-confirm').click();
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(0);
		await page.getByTestId('tab-roster').click();
		await expect.poll(() => page.getByTestId('unit-status').count()).toBe(0);

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

	it('made no request outside its own origin and threw no errors', () => {
		expect(app.offOrigin).toEqual([]);
		expect(app.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
	});
});
