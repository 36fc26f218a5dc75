/**
 * The first visit shows the bundled demo data (示例数据), loaded through the
 * same import path as a user's files; one click removes it; /?demo=0 opens empty.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ready, kpi, type App } from './harness';
import { processFile, resolveFilings } from '../../src/lib/pipeline';

const DEMO = 'static/demo';
const manifest: string[] = JSON.parse(readFileSync(join(DEMO, 'manifest.json'), 'utf8'));

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

describe('demo data', () => {
	it('fills the dashboard on first visit, labelled 示例数据, with the numbers of its files', async () => {
		app = await openApp('/');
		const { page } = app;
		await ready(page);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(manifest.length);
		expect(await page.getByTestId('file-row').filter({ hasText: '示例数据' }).count()).toBe(manifest.length);
		const facts = resolveFilings(manifest.map((name) => processFile({ name, bytes: new Uint8Array(readFileSync(join(DEMO, name))) })));
		const participation = facts.filter((f) => f.status === 'ok' && f.family === 'P').reduce((s, f) => s + f.value!, 0);
		expect(await kpi(page, 'participation')).toBe(participation);
		// The interim form of 米桥镇 is superseded by its final one, and says so.
		await expect.poll(() => page.getByTestId('file-row').filter({ hasText: '6月8日' }).getByTestId('file-superseded').count()).toBe(1);

		await page.getByTestId('remove-demo').click();
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(0);
		await ready(page);
		expect(await kpi(page, 'participation')).toBe(0);
		expect(app.offOrigin).toEqual([]);
	});

	it('opens without demo data at /?demo=0', async () => {
		app = await openApp('/?demo=0');
		await ready(app.page);
		expect(await app.page.getByTestId('file-row').count()).toBe(0);
		expect(await kpi(app.page, 'units')).toBe(0);
	});
});
