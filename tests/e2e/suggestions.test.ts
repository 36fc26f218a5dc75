/**
 * Suggestions on the mapping tab: a column the matcher will not guess (地方媒体 straddles the 省 and
 * 市县 levels; a bare 场次 under 五进 names no place) stays unmapped and shows three suggested metrics
 * with their reasons; one click, or one key (1, 2, 3) in the row, accepts one, and the media KPI grows
 * by exactly that column's sum. A column counted in 万人次 stays unmapped with its reason and no suggestion.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, ready, kpi, type App } from './harness';
import { makeWideWorkbook } from '../fixtures/wide';

const dir = mkdtempSync(join(tmpdir(), 'e2e-suggest-'));
const WIDE = join(dir, '2024年宣传汇总表.xlsx');
const LOCAL = '地方媒体发稿（篇）';
// The wide reader joins a lone measure word to the header over it.
const FIVE = '安全宣传“五进”（场次）';
const ARTICLES = [4, 6, 1];

let app: App;

beforeAll(async () => {
	const bytes = await makeWideWorkbook([
		{
			title: '2024年“安全生产月”宣传活动汇总表',
			sheetName: '汇总表',
			columns: [
				{ group: '应急演练', leaf: '参演人数', metricId: 'drills.participants' },
				{ group: null, leaf: LOCAL, metricId: null },
				{ group: '安全宣传“五进”', leaf: '场次', metricId: null },
				// Counted in 万: never summed, no suggestion, the reason shown.
				{ group: '安全宣传咨询日', leaf: '受教育群众（万人次）', metricId: null }
			],
			rows: [
				{ region: '华池县', unit: '柔远镇', values: [120, ARTICLES[0], 3, 1.2] },
				{ region: '华池县', unit: '悦乐镇', values: [80, ARTICLES[1], 2, 0.6] },
				{ region: '合水县', unit: '太白镇', values: [60, ARTICLES[2], 1, 0.3] }
			]
		}
	]);
	writeFileSync(WIDE, bytes);
	app = await openApp('/?demo=0');
});
afterAll(async () => {
	await app?.close();
});

const row = (label: string) => app.page.locator(`[data-testid="label-row"][data-label="${label}"]`);

describe('suggestions on the mapping tab', () => {
	it('shows three suggestions with their reasons for a label the matcher will not guess', async () => {
		const { page } = app;
		await page.getByTestId('file-input').setInputFiles([WIDE]);
		await ready(page);
		expect(await kpi(page, 'media')).toBe(0);
		expect(await kpi(page, 'participation')).toBe(260);
		await page.getByTestId('tab-mapping').click();
		await expect.poll(() => row(LOCAL).getAttribute('data-state')).toBe('unmapped');
		const suggestions = row(LOCAL).getByTestId('label-suggestion');
		expect(await suggestions.count()).toBe(3);
		const ids = await suggestions.evaluateAll((els) => els.map((e) => e.getAttribute('data-metric')));
		expect(ids.slice().sort()).toEqual(['publicity.central_articles', 'publicity.local_articles', 'publicity.provincial_articles']);
		const text = await row(LOCAL).getByTestId('label-suggestions').innerText();
		expect(text).toContain('量词“篇”相符');
		expect(text).toMatch(/媒体级别不同：标签为地方/);
		// The places of 五进 are suggested for a bare 场次 (the label names 五进: no other activity's count
		// takes a place among the three), none chosen.
		expect(await row(FIVE).getAttribute('data-state')).toBe('unmapped');
		const places = await row(FIVE).getByTestId('label-suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-metric')));
		expect(places).toEqual(['five.enterprise_events', 'five.village_events', 'five.community_events']);
		const scaled = page.locator('[data-testid="label-row"][data-label*="万人次"]');
		expect(await scaled.getAttribute('data-state')).toBe('unmapped');
		expect(await scaled.getByTestId('label-suggestion').count()).toBe(0);
		expect(await scaled.getByTestId('label-uncounted').innerText()).toContain('以“万人次”计');
	});

	it('accepts a suggestion with one key in the row: the media KPI grows by exactly that column', async () => {
		const { page } = app;
		const suggestions = row(LOCAL).getByTestId('label-suggestion');
		const ids = await suggestions.evaluateAll((els) => els.map((e) => e.getAttribute('data-metric')));
		const n = ids.indexOf('publicity.local_articles') + 1;
		await suggestions.first().focus();
		await page.keyboard.press(String(n));
		await ready(page);
		await expect.poll(() => row(LOCAL).getAttribute('data-state')).toBe('mapped');
		expect(await row(LOCAL).getAttribute('data-metric')).toBe('publicity.local_articles');
		await page.getByTestId('tab-dashboard').click();
		await ready(page);
		expect(await kpi(page, 'media')).toBe(ARTICLES.reduce((a, b) => a + b, 0));
	});

	it('accepts a suggestion with one click', async () => {
		const { page } = app;
		await page.getByTestId('tab-mapping').click();
		await row(FIVE).locator('[data-testid="label-suggestion"][data-metric="five.community_events"]').click();
		await ready(page);
		await expect.poll(() => row(FIVE).getAttribute('data-metric')).toBe('five.community_events');
		await page.getByTestId('tab-dashboard').click();
		await ready(page);
		expect(await kpi(page, 'sessions')).toBe(6);
	});
});
