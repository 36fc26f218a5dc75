/**
 * The mapping review screen end to end: a wide table with a column outside the
 * schema (发放宣传资料（份）) is mapped to a new metric 宣传资料 (family M); the
 * media KPI grows by exactly that column's sum; after a reload the file and the
 * mapping are back; the profile exports as JSON and a bad one is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, ready, kpi, type App } from './harness';
import { makeWideWorkbook } from '../fixtures/wide';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import type { Fact } from '../../src/lib/facts/fact';

const dir = mkdtempSync(join(tmpdir(), 'e2e-mapping-'));
const WIDE = join(dir, '2022年宣传汇总表.xlsx');
const UNKNOWN = '发放宣传资料（份）';
const ARTICLES = '在市县媒体发表安全月稿件（篇）';
const LEAFLETS = [900, 100, 50];
const ARTICLE_COUNTS = [6, null, 3];

let app: App;
let facts: Fact[];
const sum = (pred: (f: Fact) => boolean) => facts.filter((f) => f.status === 'ok' && f.value !== null && pred(f)).reduce((s, f) => s + f.value!, 0);

beforeAll(async () => {
	const bytes = await makeWideWorkbook([
		{
			title: '2022年“安全生产月”宣传活动汇总表',
			sheetName: '汇总表',
			columns: [
				{ group: '安全宣传咨询日', leaf: '场次', metricId: 'consult.events' },
				{ group: '安全宣传咨询日', leaf: '参与人次', metricId: 'consult.participants' },
				{ group: null, leaf: ARTICLES, metricId: 'publicity.local_articles' },
				{ group: null, leaf: UNKNOWN, metricId: null }
			],
			rows: [
				{ region: '华池县', unit: '柔远镇', values: [3, 1200, ARTICLE_COUNTS[0], LEAFLETS[0]] },
				{ region: '华池县', unit: '悦乐镇', values: [2, 300, ARTICLE_COUNTS[1], LEAFLETS[1]] },
				{ region: '合水县', unit: '太白镇', values: [5, 2500, ARTICLE_COUNTS[2], LEAFLETS[2]] }
			]
		}
	]);
	writeFileSync(WIDE, bytes);
	facts = resolveFilings([processFile({ name: '2022年宣传汇总表.xlsx', bytes })]);
	app = await openApp('/?demo=0');
});
afterAll(async () => {
	await app?.close();
});

const row = (label: string) => app.page.locator(`[data-testid="label-row"][data-label="${label}"]`);

describe('mapping review', () => {
	let mediaBefore = 0;
	const leaflets = LEAFLETS.reduce((a, b) => a + b, 0);

	it('lists the unknown column as unmapped, a to-do on the tab', async () => {
		const { page } = app;
		await page.getByTestId('file-input').setInputFiles([WIDE]);
		await ready(page);
		mediaBefore = await kpi(page, 'media');
		// Without a mapping, only the articles column counts as media; the leaflets are unmapped, not summed.
		expect(mediaBefore).toBe(sum((f) => f.family === 'M'));
		expect(mediaBefore).toBe(9);
		await expect.poll(() => page.getByTestId('mapping-todo').getAttribute('data-n')).toBe('1');

		await page.getByTestId('tab-mapping').click();
		await expect.poll(() => row(UNKNOWN).getAttribute('data-state')).toBe('unmapped');
		const text = await row(UNKNOWN).innerText();
		expect(text).toContain('900');
		expect(text).toContain('0%');
		// A known column shows its proposed metric in Chinese, with its confidence.
		expect(await row(ARTICLES).getByTestId('label-metric').innerText()).toMatch(/稿件/);
		expect(await row(ARTICLES).getByTestId('label-confidence').innerText()).toMatch(/^\d+%$/);
	});

	it('creates a new metric 宣传资料 (family M) for it: the media KPI grows by exactly the column sum', async () => {
		const { page } = app;
		await row(UNKNOWN).getByTestId('label-new-metric').click();
		const form = page.getByTestId('new-metric-form');
		await form.getByTestId('new-metric-zh').fill('宣传资料');
		await form.getByTestId('new-metric-en').fill('Leaflets');
		await form.getByTestId('new-metric-activity').selectOption('publicity');
		await form.getByTestId('new-metric-family').selectOption('M');
		expect(await form.getByTestId('new-metric-unit').inputValue()).toBe('份');
		await form.getByTestId('new-metric-create').click();
		await ready(page);
		await expect.poll(() => row(UNKNOWN).getAttribute('data-state')).toBe('mapped');
		expect(await row(UNKNOWN).getAttribute('data-metric')).toBe('custom.宣传资料');
		expect(await row(UNKNOWN).getByTestId('label-metric').innerText()).toContain('宣传资料');
		expect(await page.getByTestId('mapping-todo').count()).toBe(0);

		await page.getByTestId('tab-dashboard').click();
		await ready(page);
		expect(await kpi(page, 'media')).toBe(mediaBefore + leaflets);
		// The custom metric's name shows in the data table.
		const metrics = await page.locator('[data-testid="fact-row"] [data-testid="fact-metric"]').allInnerTexts();
		expect(metrics.filter((m) => m === '宣传资料').length).toBe(LEAFLETS.length);
	});

	it('ignoring a label leaves it out of every sum (still listed); undo brings it back', async () => {
		const { page } = app;
		await page.getByTestId('tab-mapping').click();
		await row(ARTICLES).getByTestId('label-ignore').click();
		await ready(page);
		await expect.poll(() => row(ARTICLES).getAttribute('data-state')).toBe('ignored');
		await page.getByTestId('tab-dashboard').click();
		expect(await kpi(page, 'media')).toBe(leaflets);
		await expect.poll(() => page.getByTestId('file-ignored').getAttribute('data-n')).toBe('2');
		await page.getByTestId('tab-mapping').click();
		await row(ARTICLES).getByTestId('label-undo').click();
		await ready(page);
		await expect.poll(() => row(ARTICLES).getAttribute('data-state')).toBe('mapped');
		await page.getByTestId('tab-dashboard').click();
		expect(await kpi(page, 'media')).toBe(mediaBefore + leaflets);
	});

	it('after a reload the file is back and the mapping still applied', async () => {
		const { page } = app;
		await page.reload();
		await ready(page);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(1);
		expect(await kpi(page, 'media')).toBe(mediaBefore + leaflets);
		expect(await kpi(page, 'participation')).toBe(sum((f) => f.family === 'P'));
		await page.getByTestId('tab-mapping').click();
		await expect.poll(() => row(UNKNOWN).getAttribute('data-metric')).toBe('custom.宣传资料');
	});

	it('exports the profile as JSON', async () => {
		const { page } = app;
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-profile').click()]);
		expect(download.suggestedFilename()).toMatch(/^映射配置-\d{4}-\d{2}-\d{2}\.json$/);
		const path = join(dir, 'profile.json');
		await download.saveAs(path);
		const profile = JSON.parse(readFileSync(path, 'utf8'));
		expect(profile).toMatchObject({ format: 'anquanyue-mapping', version: 1 });
		expect(profile.metrics).toEqual([{ id: 'custom.宣传资料', zh: '宣传资料', en: 'Leaflets', activity: 'publicity', family: 'M', unit: '份' }]);
		expect(profile.labels).toEqual([{ label: UNKNOWN, metricId: 'custom.宣传资料' }]);
	});

	it('refuses a bad profile with the reason in Chinese and English, and keeps the mapping', async () => {
		const { page } = app;
		const bad = { format: 'anquanyue-mapping', version: 1, metrics: [], labels: [{ label: UNKNOWN, metricId: 'no.such.metric' }] };
		await page.getByTestId('import-profile-input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
		const error = page.getByTestId('profile-error');
		await expect.poll(() => error.count()).toBe(1);
		const text = await error.innerText();
		expect(text).toContain('映射配置无效');
		expect(text).toContain('no.such.metric');
		expect(text).toContain('Invalid mapping profile');
		await page.getByTestId('import-profile-input').setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
		await expect.poll(() => error.innerText()).toContain('JSON');
		await ready(page);
		expect(await row(UNKNOWN).getAttribute('data-metric')).toBe('custom.宣传资料');

		// A good profile (the exported one) is taken, replacing the current one.
		await page.getByTestId('import-profile-input').setInputFiles(join(dir, 'profile.json'));
		await expect.poll(() => page.getByTestId('profile-imported').count()).toBe(1);
		expect(await page.getByTestId('profile-error').count()).toBe(0);
		await ready(page);
		await page.getByTestId('tab-dashboard').click();
		expect(await kpi(page, 'media')).toBe(mediaBefore + leaflets);
	});

	it('made no request outside its own origin and threw no errors', () => {
		expect(app.offOrigin).toEqual([]);
		expect(app.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
	});
});
