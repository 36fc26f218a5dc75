/**
 * Hostile files in the browser, against the built app under its CSP: a batch
 * with a corrupt .xlsx, a PDF renamed .xlsx, an empty file and a good CSV
 * whose unit names and labels carry `<img onerror>` markup and a formula.
 * The good file loads; each bad file shows its own message; nothing from a
 * file runs (after hovering every chart and showing the table); no request
 * leaves the origin; no CSP violation is reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, ready, type App } from './harness';
import { corruptXlsx, emptyFile, goodCsv, pdfRenamed, XSS, FORMULA_TEXT, type HostileFile } from '../fixtures/hostile';

const dir = mkdtempSync(join(tmpdir(), 'e2e-hostile-'));
let app: App;
let paths: string[];

beforeAll(async () => {
	const files: HostileFile[] = [await corruptXlsx('损坏的表.xlsx'), pdfRenamed('扫描件.xlsx'), emptyFile('空文件.xlsx'), goodCsv('明细<b>粗.csv')];
	paths = files.map((f) => {
		const p = join(dir, f.name);
		writeFileSync(p, f.bytes);
		return p;
	});
	app = await openApp('/?demo=0');
	// A CSP violation is reported as a securitypolicyviolation event; keep them for the last test.
	await app.page.evaluate(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
});
afterAll(async () => {
	await app?.close();
});

const pwned = () => app.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

describe('hostile files in the browser', () => {
	it('loads the good file and names what is wrong with each bad one', async () => {
		const { page } = app;
		await page.getByTestId('file-input').setInputFiles(paths);
		await ready(page);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(4);
		const row = (name: string) => page.getByTestId('file-row').filter({ hasText: name });
		await expect.poll(() => row('损坏的表.xlsx').innerText()).toMatch(/已损坏|corrupt/);
		await expect.poll(() => row('扫描件.xlsx').innerText()).toMatch(/PDF/);
		await expect.poll(() => row('空文件.xlsx').innerText()).toMatch(/空的|empty/);
		const facts = Number(await page.getByTestId('ready').getAttribute('data-facts'));
		expect(facts).toBeGreaterThanOrEqual(5);
	});

	it('shows markup and formulas from the file as plain text in the table', async () => {
		const { page } = app;
		await expect.poll(() => page.getByTestId('fact-row').count()).toBeGreaterThan(0);
		const text = (await page.getByTestId('fact-table').innerText()).replace(/\s+/g, '');
		expect(text).toContain(FORMULA_TEXT.replace(/\s+/g, ''));
		expect(text).toMatch(/<imgsrc=xonerror=/);
		// No element was made from the text: no <img src=x>, no <b> from the file name.
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await page.locator('[data-testid="file-row"] b').count()).toBe(0);
		expect(await pwned()).toBeUndefined();
	});

	it('runs nothing when every chart is hovered (ECharts tooltips)', async () => {
		const { page } = app;
		const canvases = page.locator('[data-testid^="chart-"] canvas');
		const n = await canvases.count();
		expect(n).toBeGreaterThan(0);
		let tooltips = 0;
		for (let i = 0; i < n; i++) {
			const box = await canvases.nth(i).boundingBox();
			if (!box || box.width < 10) continue;
			for (let y = 0.15; y < 0.95; y += 0.1)
				for (let x = 0.1; x < 0.95; x += 0.1) {
					await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
					if (x < 0.15) await page.waitForTimeout(30);
				}
			tooltips += await page.evaluate(() => [...document.querySelectorAll('div')].filter((d) => d.style.zIndex === '9999999' && d.textContent).length);
		}
		expect(tooltips, 'some tooltip was shown').toBeGreaterThan(0);
		// A tooltip that names the marked-up unit shows it as text.
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await pwned()).toBeUndefined();
	});

	it('made no request outside its origin, broke no CSP rule and threw nothing', async () => {
		expect(app.offOrigin).toEqual([]);
		expect(await app.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
		expect(app.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
		expect(XSS).toContain('onerror');
	});
});
