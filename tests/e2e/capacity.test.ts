/**
 * The page's capacity: with the limit lowered (`?maxFacts=`), a batch whose
 * last file would take the total past it loads the others, lists that file with
 * the reason (zh/en) and tells the user; the numbers are those of the files loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, ready, type App } from './harness';
import { makeBigWideWorkbook } from '../fixtures/wide';
import { processFile } from '../../src/lib/pipeline';

const dir = mkdtempSync(join(tmpdir(), 'e2e-capacity-'));
let app: App;
const paths: string[] = [];
let bigger = '';
/** All facts of each file (what the capacity counts), and those the file list counts (not unmapped). */
const facts: number[] = [];
const counted: number[] = [];

beforeAll(async () => {
	// Three tables of one year each; the limit fits the first two, not the third.
	for (const [i, rows] of [40, 50, 60].entries()) {
		const name = `${2020 + i}年汇总.xlsx`;
		const bytes = makeBigWideWorkbook(rows, 10, 2020 + i);
		writeFileSync(join(dir, name), bytes);
		paths.push(join(dir, name));
		const r = processFile({ name, bytes });
		facts.push(r.facts.length);
		counted.push(r.facts.filter((f) => f.status !== 'unmapped').length);
	}
	// A corrected 2020 table with many more rows: it would not fit in place of the first.
	bigger = join(dir, '2020年汇总（更正）.xlsx');
	writeFileSync(bigger, makeBigWideWorkbook(400, 10, 2020));
	app = await openApp(`/?demo=0&maxFacts=${facts[0] + facts[1] + Math.floor(facts[2] / 2)}`);
	await ready(app.page);
});

afterAll(async () => {
	await app?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('capacity', () => {
	it('loads what fits, refuses the file past the limit with the reason, and says so', async () => {
		const { page } = app;
		await page.getByTestId('file-input').setInputFiles(paths);
		await page.waitForSelector('[data-testid="ready"][data-files="3"]', { state: 'attached', timeout: 60_000 });
		expect(Number(await page.getByTestId('ready').getAttribute('data-facts'))).toBe(counted[0] + counted[1]);
		const refused = page.locator('[data-testid="file-row"][data-status="error"]');
		expect(await refused.count()).toBe(1);
		expect(await refused.getAttribute('data-file')).toBe('2022年汇总.xlsx');
		expect(await refused.getByTestId('file-error').textContent()).toMatch(/容量上限/);
		const notice = page.getByTestId('notice');
		expect(await notice.getAttribute('data-kind')).toBe('capacity');
		expect(await notice.textContent()).toContain('2022年汇总.xlsx');
		// The year of the refused file is not among the years loaded.
		expect(await page.getByTestId('filter-year').getByRole('checkbox').count()).toBe(2);
	});

	it('a replacement that would not fit is refused with the reason; nothing changes', async () => {
		const { page } = app;
		const before = await page.getByTestId('ready').getAttribute('data-facts');
		const row = page.locator('[data-testid="file-row"][data-file="2020年汇总.xlsx"]');
		const [chooser] = await Promise.all([page.waitForEvent('filechooser'), row.getByTestId('replace-file').click()]);
		await chooser.setFiles(bigger);
		await expect.poll(async () => page.getByTestId('notice').getAttribute('data-kind'), { timeout: 30_000 }).toBe('replace-failed');
		expect(await page.getByTestId('notice').textContent()).toMatch(/容量上限/);
		await ready(page);
		expect(await row.count()).toBe(1);
		expect(await page.getByTestId('ready').getAttribute('data-facts')).toBe(before);
	});
});
