/**
 * Everyone can use it: axe-core on every tab with the demo data loaded, in
 * Chinese and in English (no serious or critical violations, no two landmarks
 * named alike); the page never scrolls sideways at 390, 1024 or 1440 px and the
 * 映射 table's last column is in view on a phone; English text has no full-width colons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoChecked, type App } from './harness';
import { axeViolations, mustFix } from './axe';

const TABS = ['dashboard', 'report', 'mapping', 'checks'] as const;

let app: App;

beforeAll(async () => {
	app = await openDemoChecked();
});
afterAll(async () => {
	await app?.close();
});

async function openTab(tab: (typeof TABS)[number]) {
	await app.page.getByTestId(`tab-${tab}`).click();
	await app.page.locator(`#panel-${tab}`).waitFor();
	// The lazily loaded tabs fill once their component and queries are in.
	await app.page.waitForLoadState('networkidle');
	if (tab === 'report') await app.page.getByTestId('summary-table-unit').waitFor();
	if (tab === 'mapping') await app.page.getByTestId('label-row').first().waitFor();
	if (tab === 'dashboard') await app.page.getByTestId('fact-row').first().waitFor();
}

describe('accessibility', () => {
	for (const lang of ['zh', 'en'] as const)
		it(`axe: no serious or critical violations on any tab (${lang})`, async () => {
			const { page } = app;
			if ((await page.evaluate(() => document.documentElement.lang)) !== (lang === 'zh' ? 'zh-CN' : 'en')) await page.getByTestId('lang-switch').click();
			expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-CN' : 'en');
			const found: string[] = [];
			for (const tab of TABS) {
				await openTab(tab);
				for (const v of (await axeViolations(page)).filter(mustFix)) found.push(`${tab} ${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes.slice(0, 3).join(' | ')}`);
			}
			expect(found).toEqual([]);
		});

	it('axe: nothing serious with a file’s settings and cell accounting open, nor in the sources dialog', async () => {
		const { page } = app;
		await openTab('dashboard');
		const row = page.getByTestId('file-row').first();
		await row.getByTestId('file-settings').click();
		await row.getByTestId('file-ledger-toggle').click();
		await row.getByTestId('file-region').waitFor();
		await page.getByTestId('kpi-sources-participation').click();
		await page.locator('[data-testid="sources-panel"][data-loaded="1"]').waitFor();
		const found = (await axeViolations(page)).filter(mustFix).map((v) => `${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes.slice(0, 3).join(' | ')}`);
		expect(found).toEqual([]);
		await page.getByTestId('sources-close').click();
		await row.getByTestId('file-settings').click();
		await row.getByTestId('file-ledger-toggle').click();
	});

	it('English text has no full-width colon or semicolon (data cells aside)', async () => {
		const { page } = app;
		if ((await page.evaluate(() => document.documentElement.lang)) !== 'en') await page.getByTestId('lang-switch').click();
		for (const tab of TABS) {
			await openTab(tab);
			// Tables show the files' own (Chinese) text; everything else is the UI's.
			const text = await page.evaluate(() => {
				const clone = document.body.cloneNode(true) as HTMLElement;
				for (const el of clone.querySelectorAll('table, [data-testid="file-row"] .name, datalist')) el.remove();
				return clone.innerText;
			});
			expect(text.match(/.{0,20}[：；].{0,20}/g), tab).toBeNull();
		}
		// An activity's full English name is in the chart's text description, never cut.
		await openTab('dashboard');
		expect(await page.getByTestId('chart-activity').locator('[role="img"]').getAttribute('aria-label')).toContain('6·16 safety publicity consultation day');
		await page.getByTestId('lang-switch').click();
	});

	it('never scrolls sideways at 390, 1024 or 1440 px; on a phone the mapping table shows its last column', async () => {
		const { page } = app;
		for (const width of [390, 1024, 1440]) {
			await page.setViewportSize({ width, height: 900 });
			for (const tab of TABS) {
				await openTab(tab);
				await page.waitForTimeout(200); // the charts resize on the next frames
				expect(await page.evaluate(() => document.documentElement.scrollWidth), `${tab} at ${width}`).toBeLessThanOrEqual(width);
			}
		}
		await page.setViewportSize({ width: 390, height: 900 });
		await openTab('mapping');
		const actions = page.getByTestId('label-row').first().locator('td').last();
		const box = (await actions.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		// Every chart fits the screen.
		await openTab('dashboard');
		for (const id of ['unit', 'year', 'activity', 'region']) {
			const b = (await page.getByTestId(`chart-${id}`).boundingBox())!;
			expect(b.x + b.width, id).toBeLessThanOrEqual(390);
		}
		// Every tab is whole on a phone, in both languages (a tab that does not fit goes to a second line).
		for (const _ of ['this language', 'the other']) {
			const edges = await page.locator('[role="tab"]').evaluateAll((els) => els.map((e) => [e.textContent?.trim(), e.getBoundingClientRect().right] as const));
			expect(edges.filter(([, right]) => right > 390)).toEqual([]);
			await page.getByTestId('lang-switch').click();
		}
		await page.setViewportSize({ width: 1400, height: 1000 });
	});
});
