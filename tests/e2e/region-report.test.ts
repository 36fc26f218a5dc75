/**
 * Issue 18: the report follows the region tree the dashboard shows. In
 * Chromium: a clerk nests 早胜镇 inside 宁县 (the 地区上下级 panel), exports the
 * report pack, and its region sheet lists the region chart's bars with the
 * chart's figures — the top-level regions each with everything inside it
 * (正宁县 with 正宁县山河镇, read from its name; never 正宁县 inside 宁县), and
 * with a region chosen, its own units as 本级 beside the regions inside it.
 * The on-screen region table and the draft's regional ranking say the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openApp, ready, type App } from './harness';
import { nestedCsv } from '../fixtures/region-nesting';

const dir = mkdtempSync(join(tmpdir(), 'e2e-region-report-'));
/** The region chart's figures for the year it shows as bars, from its text description: name → value. */
async function chartFigures(page: Page): Promise<Record<string, number>> {
	const description = (await page.getByTestId('chart-region').locator('.canvas').getAttribute('aria-label')) ?? '';
	const list = description.slice(description.indexOf('：') + 1);
	return Object.fromEntries(
		list.split('；').map((item) => {
			const at = item.lastIndexOf(' ');
			return [item.slice(0, at), Number(item.slice(at + 1).replace(/,/g, ''))];
		})
	);
}

/** The pack's 参与人次-按地区 sheet: each row's name → its value per year column. */
async function packRegions(page: Page, name: string): Promise<Record<string, Record<string, number | null>>> {
	await page.getByTestId('tab-report').click();
	const [d] = await Promise.all([page.waitForEvent('download', { timeout: 170_000 }), page.getByTestId('report-pack').click()]);
	await expect.poll(() => page.getByTestId('report-message').getAttribute('data-kind'), { timeout: 60_000 }).toBe('done');
	const path = join(dir, name);
	await d.saveAs(path);
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.readFile(path);
	const ws = wb.getWorksheet('参与人次-按地区')!;
	const header = (ws.getRow(3).values as ExcelJS.CellValue[]).slice(1).map(String);
	const out: Record<string, Record<string, number | null>> = {};
	for (let r = 4; ws.getCell(r, 1).value !== '合计'; r++)
		out[String(ws.getCell(r, 1).value)] = Object.fromEntries(
			header.flatMap((h, i) => (/^\d{4}年$/.test(h) ? [[h, typeof ws.getCell(r, i + 1).value === 'number' ? (ws.getCell(r, i + 1).value as number) : null]] : []))
		);
	return out;
}

/** The on-screen region table (报告 tab): each row's name → its values in column order. */
async function screenRegions(page: Page): Promise<Record<string, (number | null)[]>> {
	return page.getByTestId('summary-table-region').evaluate((table) =>
		Object.fromEntries(
			[...table.querySelectorAll('tbody tr[data-testid="summary-row"]')].map((tr) => [
				tr.querySelector('th')!.textContent!.trim(),
				[...tr.querySelectorAll('td')].map((td) => (td.getAttribute('data-value') === '' ? null : Number(td.getAttribute('data-value'))))
			])
		)
	);
}

const rankingText = (page: Page) => page.locator('[data-testid="draft-sentence"][data-id="rank.region.participation"] [data-testid="draft-text"]').innerText();

describe('the report pack follows the region tree of the dashboard', () => {
	let app: App;
	beforeAll(async () => {
		const path = join(dir, '汇总.csv');
		writeFileSync(path, nestedCsv());
		app = await openApp('/?demo=0');
		await app.page.setViewportSize({ width: 1440, height: 1000 });
		await app.page.getByTestId('file-input').setInputFiles([path]);
		await ready(app.page);
	}, 120_000);
	afterAll(async () => {
		await app?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('早胜镇 nested inside 宁县 on screen: the pack region sheet lists the chart bars with the chart figures', async () => {
		const { page } = app;
		const panel = page.getByTestId('region-nesting');
		await panel.locator('summary').click();
		await panel.getByTestId('nesting-child').selectOption('早胜镇');
		await panel.getByTestId('nesting-parent').selectOption('宁县');
		await panel.getByTestId('nesting-apply').click();
		await ready(page);
		const chart = await chartFigures(page);
		expect(chart).toEqual({ 正宁县: 460, 宁县: 230 });

		const pack = await packRegions(page, 'top.xlsx');
		expect(pack).toEqual({ 正宁县: { '2023年': 50, '2024年': 460 }, 宁县: { '2023年': 170, '2024年': 230 } });
		expect(Object.fromEntries(Object.entries(pack).map(([k, v]) => [k, v['2024年']]))).toEqual(chart);
		// The on-screen table (2023, 2024, 合计, change, %) and the draft's ranking say the same.
		const screen = await screenRegions(page);
		expect(Object.fromEntries(Object.entries(screen).map(([k, v]) => [k, v.slice(0, 3)]))).toEqual({ 正宁县: [50, 460, 510], 宁县: [170, 230, 400] });
		expect(await rankingText(page)).toBe('各地区中，正宁县参与人次最多（460人次），其次是宁县（230人次）。');
		await page.getByTestId('tab-dashboard').click();
	}, 240_000);

	it('正宁县 chosen: its own units as 本级 beside 正宁县山河镇, in the chart and in the pack', async () => {
		const { page } = app;
		await page.getByTestId('filter-region').locator('label', { hasText: '正宁县（含下级）' }).locator('input').check();
		await ready(page);
		const chart = await chartFigures(page);
		expect(chart).toEqual({ '正宁县（本级）': 400, 正宁县山河镇: 60 });
		const pack = await packRegions(page, 'within.xlsx');
		expect(pack).toEqual({ '正宁县（本级）': { '2023年': null, '2024年': 400 }, 正宁县山河镇: { '2023年': 50, '2024年': 60 } });
		expect(Object.fromEntries(Object.entries(pack).map(([k, v]) => [k, v['2024年']]))).toEqual(chart);
		expect(await rankingText(page)).toBe('各地区中，正宁县（本级）参与人次最多（400人次），其次是正宁县山河镇（60人次）。');
	}, 240_000);
});
