/**
 * Issue 18, point 8 at three widths: the data table and the sources dialog keep
 * 数值 in view at 1440, 1024 and 390 px, with names long enough to push it
 * off (a long unit, region and file name); the page never scrolls sideways.
 * Screenshots of both at each width (SCREENSHOT_DIR, else the test's folder).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { openApp, ready, type App } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'e2e-table-widths-'));
const UNIT = '庆阳市正宁县山河镇人民政府安全生产委员会办公室（盖章）';
const FILE = '2024年甘肃省庆阳市正宁县山河镇安全生产月活动开展情况统计汇总表（终稿）.csv';

function longNamesCsv(): Uint8Array {
	const rows = [
		[2024, '甘肃省庆阳市正宁县山河镇', UNIT, '“6·16”安全宣传咨询日', '开展安全宣传咨询活动（场）', 12],
		[2024, '甘肃省庆阳市正宁县山河镇', UNIT, '“6·16”安全宣传咨询日', '参与（人次）', 1234567],
		[2024, '甘肃省庆阳市正宁县山河镇', UNIT, '安全生产月启动仪式暨专题部署会', '参与（人次）', 23456]
	];
	return new TextEncoder().encode('\uFEFF' + Papa.unparse([['年度', '地区', '单位', '活动', '指标', '数值'], ...rows]));
}

/** Whether a box lies within another (1 px of rounding either side). */
function within(inner: { x: number; width: number }, outer: { x: number; width: number }): boolean {
	return inner.x >= outer.x - 1 && inner.x + inner.width <= outer.x + outer.width + 1;
}

async function box(l: Locator) {
	const b = await l.boundingBox();
	if (!b) throw new Error('not laid out');
	return b;
}

async function noSidewaysScroll(page: Page, width: number) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe('数值 stays in view in the data table and the sources dialog', () => {
	let app: App;
	beforeAll(async () => {
		writeFileSync(join(dir, FILE), longNamesCsv());
		app = await openApp('/?demo=0');
		await app.page.getByTestId('file-input').setInputFiles([join(dir, FILE)]);
		await ready(app.page);
	}, 120_000);
	afterAll(async () => {
		await app?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	for (const width of [1440, 1024, 390])
		it(`at ${width} px`, async () => {
			const { page } = app;
			await page.setViewportSize({ width, height: 900 });
			const scroller = page.getByTestId('fact-table-scroll');
			// Each width starts as a first visit would: the table not scrolled sideways.
			await scroller.evaluate((el) => (el.scrollLeft = 0));
			await scroller.scrollIntoViewIfNeeded();
			const row = page.getByTestId('fact-row').filter({ hasText: '1,234,567' });
			const value = row.locator('td.num');
			expect(await value.innerText()).toBe('1,234,567');
			const viewport = { x: 0, width };
			expect(within(await box(value), await box(scroller))).toBe(true);
			expect(within(await box(value), viewport)).toBe(true);
			// Wide: the column's head too. A phone shows each row as "column: value" lines (the head is for screen readers).
			if (width > 640) expect(within(await box(page.getByTestId('col-value')), await box(scroller))).toBe(true);
			else expect(await value.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"数值"');
			// Scrolled sideways to the file and cell, the value stays in view.
			await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
			expect(within(await box(value), await box(scroller))).toBe(true);
			expect(await row.getByTestId('fact-cell').isVisible()).toBe(true);
			await scroller.evaluate((el) => (el.scrollLeft = 0));
			await noSidewaysScroll(page, width);
			await shot(page.locator('.table-view'), `table-${width}.png`);

			await row.getByTestId('row-sources').click();
			const dialog = page.getByTestId('sources-panel');
			await expect.poll(() => dialog.getAttribute('data-loaded')).toBe('1');
			const source = dialog.getByTestId('source-value').first();
			expect(await source.innerText()).toBe('1,234,567');
			expect(within(await box(source), await box(dialog.getByTestId('sources-scroll')))).toBe(true);
			expect(within(await box(source), viewport)).toBe(true);
			// 关闭 on one line.
			const close = dialog.getByTestId('sources-close');
			expect((await box(close)).height).toBeLessThan(40);
			await shot(dialog, `sources-${width}.png`);
			await close.click();
		});
});

async function shot(l: Locator, name: string) {
	const out = process.env.SCREENSHOT_DIR ?? dir;
	mkdirSync(out, { recursive: true });
	await l.screenshot({ path: join(out, name) });
}
