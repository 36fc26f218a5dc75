/**
 * Cancelling an import: 300 generated forms are picked at once and the
 * import is cancelled once the first files are read. The files not yet read
 * come back "已取消 / cancelled", those read are loaded, the page becomes
 * ready again, and a later import works (the pool gets new workers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, ready, type App } from './harness';
import { makeFormWorkbook, randomFormSpec } from '../fixtures/forms';

const dir = mkdtempSync(join(tmpdir(), 'e2e-cancel-'));
const N = 300;
let app: App;
let batch: string[];
let later: string[];

async function writeForms(from: number, count: number, prefix: string): Promise<string[]> {
	const paths: string[] = [];
	for (let i = from; i < from + count; i++) {
		const name = `${prefix}${i}.xlsx`;
		const form = await makeFormWorkbook(randomFormSpec(7000 + i, { fileName: name }));
		const p = join(dir, name);
		writeFileSync(p, form.bytes);
		paths.push(p);
	}
	return paths;
}

beforeAll(async () => {
	batch = await writeForms(0, N, '表');
	later = await writeForms(N, 2, '补报');
	app = await openApp('/?demo=0');
	await ready(app.page);
});

afterAll(async () => {
	await app?.close();
	rmSync(dir, { recursive: true, force: true });
});

const rows = (status: 'read' | 'error') => app.page.locator(`[data-testid="file-row"][data-status="${status}"]`);

describe('cancel an import', () => {
	it('stops the batch: unread files are cancelled, read ones load, the page stays usable', async () => {
		const { page } = app;
		await page.getByTestId('file-input').setInputFiles(batch);
		// Cancel as soon as some files are read.
		const progress = page.getByTestId('progress');
		await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 60_000, interval: 20 }).toBeGreaterThan(0);
		const readBefore = Number(await progress.getAttribute('aria-valuenow'));
		await page.getByTestId('cancel-import').click();

		await ready(page);
		expect(await page.getByTestId('progress').count()).toBe(0);
		expect(await page.getByTestId('cancel-import').count()).toBe(0);
		// Every file has a row: read or cancelled. The list draws a page of rows until asked for all,
		// and can list only the files with errors.
		expect(Number(await page.getByTestId('ready').getAttribute('data-files'))).toBe(N);
		expect(await page.getByTestId('file-row').count()).toBe(100);
		await page.getByTestId('show-all-files').click();
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(N);
		const ok = await rows('read').count();
		const cancelled = await rows('error').filter({ hasText: '已取消' }).count();
		await page.getByTestId('only-error-files').check();
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(cancelled);
		await page.getByTestId('only-error-files').uncheck();
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(N);
		expect(ok).toBeGreaterThanOrEqual(readBefore);
		expect(cancelled).toBeGreaterThan(0);
		expect(ok + cancelled).toBe(N);

		// The files read before the cancel are loaded: their facts are in the dashboard.
		const perFile = await rows('read').getByTestId('file-facts').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-n'))));
		const facts = perFile.reduce((s, n) => s + n, 0);
		expect(facts).toBeGreaterThan(0);
		expect(Number(await page.getByTestId('ready').getAttribute('data-facts'))).toBe(facts);
	});

	it('a new import after the cancel is read and loaded', async () => {
		const { page } = app;
		const before = Number(await page.getByTestId('ready').getAttribute('data-facts'));
		await page.getByTestId('file-input').setInputFiles(later);
		await page.waitForSelector(`[data-testid="ready"][data-files="${N + 2}"]`, { state: 'attached', timeout: 60_000 });
		for (const p of later) {
			const name = p.slice(dir.length + 1);
			const row = page.locator(`[data-testid="file-row"][data-file="${name}"]`);
			expect(await row.getAttribute('data-status')).toBe('read');
			expect(Number(await row.getByTestId('file-facts').getAttribute('data-n'))).toBeGreaterThan(0);
		}
		expect(Number(await page.getByTestId('ready').getAttribute('data-facts'))).toBeGreaterThan(before);
	});
});
