/**
 * The page's shell is prerendered, so its file input exists before the
 * scripts run. Files picked in that moment must still be imported, not lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, kpi, type App } from './harness';

let app: App;
beforeAll(async () => {
	app = await openApp('/?demo=0');
});
afterAll(async () => {
	await app?.close();
});

describe('a file picked before the page is alive', () => {
	it('is imported once the page comes alive', async () => {
		const csv = join(mkdtempSync(join(tmpdir(), 'early-')), '明细.csv');
		writeFileSync(csv, '年度,地区,单位,活动,指标,数值\n2023,合水县,太白镇,应急演练,参与（人次）,77\n');
		const { page } = app;
		// Hold the page's scripts back so the prerendered input is there long before hydration.
		await page.route('**/*.js', async (route) => {
			await new Promise((r) => setTimeout(r, 1500));
			await route.continue();
		});
		await page.goto(new URL('/?demo=0', app.url).toString(), { waitUntil: 'commit' });
		await page.waitForSelector('[data-testid="file-input"]', { state: 'attached' });
		await page.getByTestId('file-input').setInputFiles([csv]);
		await page.waitForSelector('[data-testid="ready"][data-files="1"]', { state: 'attached', timeout: 60_000 });
		expect(await kpi(page, 'participation')).toBe(77);
		await page.unroute('**/*.js');
	});
});
