/**
 * Issue 18, point 5 at full scale: 1,000 real .xlsx forms (exceljs, the forms
 * fixture), dropped into Chromium through the file input, read by the worker
 * pool, charted. The unit chart must read: the top units as bars of the latest
 * year with the year before as a marker, 其他 apart as a note (never a bar that
 * sets the axis), the top-N control scaling the chart to the units shown, and
 * a text description saying all of it. Screenshots at 1440 and 390 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, ready, kpi, type App } from './harness';
import { makeFormWorkbook, seededForm, type FormTemplate } from '../fixtures/forms';
import { getMetric } from '../../src/lib/schema';
import { formatNumber } from '../../src/lib/chart/format';

const FORMS = 1000;
const UNITS = 700; // every unit files 2024; the first 300 also 2023
const dir = mkdtempSync(join(tmpdir(), 'e2e-scale-forms-'));
const paths: string[] = [];
/** Participation (family P, as read from each form) per unit, per year. */
const expected = new Map<string, Map<number, number>>();

const unitName = (i: number) => `第${String(i + 1).padStart(3, '0')}安全生产责任单位`;

beforeAll(async () => {
	const templates: FormTemplate[] = ['2021', 'reworded', '2020'];
	for (let f = 0; f < FORMS; f++) {
		const i = f % UNITS;
		const year = f < UNITS ? 2024 : 2023;
		const unit = unitName(i);
		const form = await makeFormWorkbook(seededForm(templates[f % 3], 7000 + f, { unit, year, filedOn: `${year}-06-24`, fileName: `${year}-${unit}.xlsx` }));
		const p = join(dir, form.fileName);
		writeFileSync(p, form.bytes);
		paths.push(p);
		const sum = form.expected.filter((e) => e.status === 'ok' && e.value !== null && e.metricId && getMetric(e.metricId)?.family === 'P').reduce((s, e) => s + e.value!, 0);
		const years = expected.get(unit) ?? new Map<number, number>();
		years.set(year, (years.get(year) ?? 0) + sum);
		expected.set(unit, years);
	}
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Units ranked as the chart ranks them: by 2024, then the total, then the name. */
function ranked(): { unit: string; y2024: number }[] {
	return [...expected]
		.map(([unit, y]) => ({ unit, y2024: y.get(2024) ?? 0, total: [...y.values()].reduce((s, v) => s + v, 0) }))
		.sort((a, b) => b.y2024 - a.y2024 || b.total - a.total || a.unit.localeCompare(b.unit, 'zh-CN'));
}

/** An axis label in 万 / 亿 (or plain) as a number. */
const axisValue = (s: string) => {
	const m = /^(-?[\d.]+)(万|亿)?$/.exec(s.trim());
	return m ? Number(m[1]) * (m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1) : NaN;
};

describe(`the unit chart with ${FORMS} forms dropped into Chromium`, () => {
	let app: App;
	beforeAll(async () => {
		app = await openApp('/?demo=0');
		await app.page.setViewportSize({ width: 1440, height: 1000 });
		const t0 = Date.now();
		await app.page.getByTestId('file-input').setInputFiles(paths);
		await ready(app.page, 150_000);
		console.log(`${FORMS} forms read and loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s (a loaded, shared machine)`);
	}, 200_000);
	afterAll(async () => {
		await app?.close();
	});

	it('reads every form: 1,000 files, 700 units', async () => {
		const { page } = app;
		expect(await page.getByTestId('ready').getAttribute('data-files')).toBe(String(FORMS));
		expect(await page.getByTestId('files-count').getAttribute('data-failed')).toBe('0');
		expect(await kpi(page, 'units')).toBe(UNITS);
		const all = [...expected.values()].flatMap((y) => [...y.values()]).reduce((s, v) => s + v, 0);
		expect(await kpi(page, 'participation')).toBe(all);
	});

	it('top 10 of 2024 as bars, 2023 as a marker, 其他 690 apart with its 2024 total; the description says so', async () => {
		const { page } = app;
		const unit = page.getByTestId('chart-unit');
		const order = ranked();
		const restTotal = order.slice(10).reduce((s, u) => s + u.y2024, 0);
		await expect.poll(() => unit.getByTestId('chart-other').getAttribute('data-count')).toBe(String(UNITS - 10));
		expect(Number(await unit.getByTestId('chart-other').getAttribute('data-total'))).toBe(restTotal);
		expect(await unit.getByTestId('chart-other').innerText()).toBe(`其他 ${UNITS - 10} 个合计 ${formatNumber(restTotal)}（未画出）`);
		const picks = await unit.getByTestId('chart-pick').allTextContents();
		expect(picks).toEqual(order.slice(0, 10).map((u) => u.unit));
		expect(picks).not.toContain('其他');
		const description = (await unit.locator('.canvas').getAttribute('aria-label'))!;
		expect(description).toContain('（2024 / 2023）');
		expect(description).toContain(`${order[0].unit} ${formatNumber(order[0].y2024)}`);
		expect(description).toContain(`其他 ${UNITS - 10} 个合计 ${formatNumber(restTotal)}`);
		await screenshots(1440);
	});

	it('the value axis is set by the units drawn, not by 其他; top 20 draws 20 and rescales', async () => {
		const { page } = app;
		const unit = page.getByTestId('chart-unit');
		const order = ranked();
		const axisMax = async () => {
			const [d] = await Promise.all([page.waitForEvent('download'), unit.getByTestId('export-svg').click()]);
			const path = join(dir, `unit-${Date.now()}.svg`);
			await d.saveAs(path);
			const labels = [...readFileSync(path, 'utf8').matchAll(/>(-?[\d.]+(?:万|亿)?)</g)].map((m) => axisValue(m[1])).filter((v) => Number.isFinite(v));
			return Math.max(...labels);
		};
		const top10 = await axisMax();
		expect(top10).toBeGreaterThanOrEqual(order[0].y2024);
		expect(top10).toBeLessThan(order[0].y2024 * 2);
		await page.getByTestId('top-n').selectOption('20');
		await expect.poll(() => unit.getByTestId('chart-other').getAttribute('data-count')).toBe(String(UNITS - 20));
		expect(await unit.getByTestId('chart-pick').allTextContents()).toEqual(order.slice(0, 20).map((u) => u.unit));
		expect(await axisMax()).toBeLessThan(order[0].y2024 * 2);
		await page.getByTestId('top-n').selectOption('10');
		await expect.poll(() => unit.getByTestId('chart-other').getAttribute('data-count')).toBe(String(UNITS - 10));
	});

	it('reads at 390 px: the chart fits the screen', async () => {
		const { page } = app;
		await page.setViewportSize({ width: 390, height: 844 });
		const unit = page.getByTestId('chart-unit');
		await expect.poll(async () => (await unit.boundingBox())!.width).toBeLessThanOrEqual(390);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await screenshots(390);
	});

	/** The unit chart's card (SCREENSHOT_DIR, else the test's temp folder: a test run never writes into the repository). */
	async function screenshots(width: number) {
		const { page } = app;
		const unit = page.getByTestId('chart-unit');
		await unit.scrollIntoViewIfNeeded();
		await page.waitForTimeout(600); // the first drawing grows in for 300 ms; a resize redraws
		const out = process.env.SCREENSHOT_DIR ?? dir;
		mkdirSync(out, { recursive: true });
		await unit.screenshot({ path: join(out, `unit-chart-1000-forms-${width}.png`) });
	}
});
