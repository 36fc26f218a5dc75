/**
 * Issue 18, point 1 and the region chart: regions nest when the data says so,
 * and the user can say otherwise — take back a nesting the data inferred
 * wrongly, put a region inside another — by mouse and keyboard; the region
 * filter's tree, its counts (含下级) and the region chart follow, and the
 * decisions survive a reload. The region chart shows one level of the tree
 * (庆阳市 > 宁县 > 早胜镇, units filed at every level), never counting a
 * region twice, and says which level in its title and description.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { openApp, ready, kpi, type App } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'e2e-region-tree-'));
const P = '参与（人次）';
const A = '6·16咨询日';
const ROWS: (string | number)[][] = [
	[2024, '庆阳市', '庆阳市应急管理局', A, P, 1000],
	[2024, '宁县', '宁县应急管理局', A, P, 200],
	[2024, '早胜镇', '庆阳市宁县早胜镇人民政府', A, P, 30], // 宁县 in 庆阳市, 早胜镇 in 宁县 (the unit's name)
	[2023, '早胜镇', '庆阳市宁县早胜镇人民政府', A, P, 20],
	[2024, '庆阳市西峰区', '庆阳市西峰区肖金镇人民政府', A, P, 7], // 庆阳市西峰区 in 庆阳市 (its own name)
	[2024, '正宁县', '正宁县应急管理局', A, P, 400],
	[2024, '宁县', '山河镇', A, P, 50], // a 乡镇 unit under a 县 column: 山河镇 in 宁县 — wrongly (it is 正宁县's)
	[2024, '山河镇', '山河镇安监站', A, P, 60]
];

/** The region filter as shown: each label with its depth in the tree. */
async function tree(page: Page): Promise<{ text: string; depth: number }[]> {
	return page
		.getByTestId('filter-region')
		.locator('label')
		.evaluateAll((els) => els.map((e) => ({ text: (e as HTMLElement).innerText.trim(), depth: Math.round(parseFloat(getComputedStyle(e).paddingLeft) / 17.6) })));
}

/** The region chart: its title, its bars (keys as clicked) and its text description. */
async function regionChart(page: Page) {
	const card = page.getByTestId('chart-region');
	return {
		title: await card.locator('h3').innerText(),
		bars: await card.getByTestId('chart-pick').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-key')}|${e.textContent}`)),
		description: (await card.locator('.canvas').getAttribute('aria-label')) ?? ''
	};
}

describe('region nesting: the data, the user, the tree, the counts and the region chart', () => {
	let app: App;
	beforeAll(async () => {
		const path = join(dir, '庆阳市各级填报.csv');
		writeFileSync(path, '\uFEFF' + Papa.unparse([['年度', '地区', '单位', '活动', '指标', '数值'], ...ROWS]));
		app = await openApp('/?demo=0');
		await app.page.setViewportSize({ width: 1440, height: 1000 });
		await app.page.getByTestId('file-input').setInputFiles([path]);
		await ready(app.page);
	}, 120_000);
	afterAll(async () => {
		await app?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('as the data says: 庆阳市 > 宁县 > 早胜镇 / 山河镇; the chart shows the top level, each with everything inside it', async () => {
		const { page } = app;
		expect(await tree(page)).toEqual([
			{ text: '庆阳市（含下级）', depth: 0 },
			{ text: '宁县（含下级）', depth: 1 },
			{ text: '山河镇', depth: 2 },
			{ text: '早胜镇', depth: 2 },
			{ text: '庆阳市西峰区', depth: 1 },
			{ text: '正宁县', depth: 0 }
		]);
		const chart = await regionChart(page);
		expect(chart.title).toBe('参与人次（按地区 · 顶层）');
		expect(chart.bars).toEqual(['庆阳市|庆阳市', '正宁县|正宁县']);
		// 2024 as bars, 2023 as a marker; 庆阳市 holds every level below it, counted once.
		expect(chart.description).toBe('参与人次（按地区 · 顶层）（2024 / 2023）：庆阳市 1,347；正宁县 400');
	});

	it('庆阳市 chosen: the chart shows the regions inside it and 庆阳市（本级）; a bar clicked counts what is inside it', async () => {
		const { page } = app;
		await page.getByTestId('filter-region').locator('label', { hasText: '庆阳市（含下级）' }).locator('input').check();
		await ready(page);
		expect(await kpi(page, 'participation')).toBe(1347 + 20);
		const chart = await regionChart(page);
		expect(chart.title).toBe('参与人次（按地区 · 庆阳市的下级）');
		expect(chart.bars).toEqual(['庆阳市|庆阳市（本级）', '宁县|宁县', '庆阳市西峰区|庆阳市西峰区']);
		expect(chart.description).toContain('庆阳市（本级） 1,000；宁县 340；庆阳市西峰区 7');
		const card = page.getByTestId('chart-region');
		await card.locator('summary').click();
		await card.locator('[data-testid="chart-pick"][data-key="宁县"]').click();
		await ready(page);
		// 宁县 with 早胜镇 and 山河镇, both years.
		expect(await kpi(page, 'participation')).toBe(340 + 20);
		expect(await page.getByTestId('filter-chips').innerText()).toContain('地区：宁县（含下级）');
		await card.getByTestId('chart-sources').click();
		const dialog = page.getByTestId('sources-panel');
		await expect.poll(() => dialog.getAttribute('data-loaded')).toBe('1');
		expect(Number(await dialog.getAttribute('data-total'))).toBe(360);
		expect(Number(await dialog.getAttribute('data-n'))).toBe(5);
		await dialog.getByTestId('sources-close').click();
		// The chart now shows the bar clicked alone; the chip taken off, the 本级 bar: 庆阳市's own units only.
		await page.getByTestId('filter-chip').filter({ hasText: '宁县（含下级）' }).locator('button').click();
		await ready(page);
		await card.locator('[data-testid="chart-pick"][data-key="庆阳市"]').click();
		await ready(page);
		expect(await kpi(page, 'participation')).toBe(1000);
		expect(await page.getByTestId('filter-chips').innerText()).toContain('地区：庆阳市（本级）');
		await page.getByTestId('clear-filters').click();
		await ready(page);
	});

	it('the user takes back 山河镇 in 宁县 (keyboard) and puts it in 正宁县 (mouse); tree, counts and chart follow', async () => {
		const { page } = app;
		const panel = page.getByTestId('region-nesting');
		await panel.locator('summary').click();
		const wrong = panel.locator('[data-testid="nesting-link"][data-child="山河镇"]');
		expect(await wrong.getAttribute('data-parent')).toBe('宁县');
		expect(await wrong.innerText()).toContain('据单位名称或地区列');
		const remove = wrong.getByTestId('nesting-remove');
		expect(await remove.getAttribute('aria-label')).toBe('取消：山河镇 在 宁县 之内');
		await remove.focus();
		await page.keyboard.press('Enter');
		await ready(page);
		expect(await panel.getByTestId('nesting-decision').allInnerTexts()).toEqual([expect.stringContaining('山河镇 不在 宁县 之内')]);
		expect((await tree(page)).find((n) => n.text === '山河镇')).toEqual({ text: '山河镇', depth: 0 });
		expect((await regionChart(page)).description).toBe('参与人次（按地区 · 顶层）（2024 / 2023）：庆阳市 1,287；正宁县 400；山河镇 60');

		await panel.getByTestId('nesting-child').selectOption('山河镇');
		await panel.getByTestId('nesting-parent').selectOption('正宁县');
		await panel.getByTestId('nesting-apply').click();
		await ready(page);
		const t = await tree(page);
		expect(t.slice(-2)).toEqual([
			{ text: '正宁县（含下级）', depth: 0 },
			{ text: '山河镇', depth: 1 }
		]);
		expect((await panel.locator('[data-testid="nesting-link"][data-child="山河镇"]').innerText())).toContain('您设定');
		expect((await regionChart(page)).description).toBe('参与人次（按地区 · 顶层）（2024 / 2023）：庆阳市 1,287；正宁县 460');
		await page.getByTestId('filter-region').locator('label', { hasText: '正宁县（含下级）' }).locator('input').check();
		await ready(page);
		expect(await kpi(page, 'participation')).toBe(460);
		await page.getByTestId('clear-filters').click();
		await ready(page);
	});

	it('正宁县 put inside 庆阳市 by keyboard alone; the decisions survive a reload', async () => {
		const { page } = app;
		const panel = page.getByTestId('region-nesting');
		const child = panel.getByTestId('nesting-child');
		await child.focus();
		await child.selectOption('正宁县');
		await panel.getByTestId('nesting-parent').focus();
		await panel.getByTestId('nesting-parent').selectOption('庆阳市');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('nesting-apply');
		await page.keyboard.press('Enter');
		await ready(page);
		const expectTree = [
			{ text: '庆阳市（含下级）', depth: 0 },
			{ text: '宁县（含下级）', depth: 1 },
			{ text: '早胜镇', depth: 2 },
			{ text: '庆阳市西峰区', depth: 1 },
			{ text: '正宁县（含下级）', depth: 1 },
			{ text: '山河镇', depth: 2 }
		];
		expect(await tree(page)).toEqual(expectTree);
		expect((await regionChart(page)).description).toBe('参与人次（按地区 · 顶层）（2024 / 2023）：庆阳市 1,747');

		await page.reload();
		await ready(page);
		expect(await tree(page)).toEqual(expectTree);
		const panelAgain = page.getByTestId('region-nesting');
		await panelAgain.locator('summary').click();
		// The panel's form loads when first opened.
		await expect.poll(() => panelAgain.getByTestId('nesting-decision').count()).toBe(3);
		// Undo the last: 正宁县 stands alone again.
		await panelAgain.getByTestId('nesting-decision-undo').last().click();
		await ready(page);
		expect((await regionChart(page)).bars).toEqual(['庆阳市|庆阳市', '正宁县|正宁县']);
	});

	it('in English', async () => {
		const { page } = app;
		await page.getByTestId('lang-switch').click();
		const panel = page.getByTestId('region-nesting');
		expect(await panel.locator('summary').innerText()).toBe('Which region lies in which');
		expect(await panel.getByTestId('nesting-decision').first().innerText()).toContain('山河镇 does not lie in 宁县');
		expect(await panel.getByTestId('nesting-apply').innerText()).toBe('Set');
		expect((await regionChart(page)).title).toBe('Participation by top-level region');
		await page.getByTestId('lang-switch').click();
	});
});
