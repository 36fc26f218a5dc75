/**
 * Keyboard paths, counted in key presses, on the demo data (8 files): skip
 * links to the dashboard, the filters and the file list; the file list is one
 * tab stop with the arrow keys inside; removing a file or a filter chip keeps
 * focus near it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openDemoChecked, ready, type App } from './harness';

let app: App;

beforeAll(async () => {
	app = await openDemoChecked();
});
afterAll(async () => {
	await app?.close();
});

/** What has focus: its test id, else its id, else its tag; and the file row it is in. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return { what: el?.dataset.testid ?? (el?.id || el?.tagName.toLowerCase() || ''), col: el?.dataset.col ?? '', file: el?.closest<HTMLElement>('[data-testid="file-row"]')?.dataset.file ?? '', legend: el?.closest('fieldset')?.querySelector('legend')?.textContent ?? '' };
	});

/** Presses `key` until `done` holds; how many presses it took (fails past `max`). */
async function pressUntil(page: Page, key: string, done: () => Promise<boolean>, max = 60): Promise<number> {
	for (let n = 1; n <= max; n++) {
		await page.keyboard.press(key);
		if (await done()) return n;
	}
	throw new Error(`not reached in ${max} presses of ${key}`);
}

/** Starts again from the top of the page: focus at the document's start, as after a load. */
async function fromTop(page: Page) {
	// Focusing the body moves the sequential-focus starting point to the document's start.
	await page.evaluate(() => {
		document.body.tabIndex = -1;
		document.body.focus();
		document.body.removeAttribute('tabindex');
		window.scrollTo(0, 0);
	});
}

describe('keyboard', () => {
	it('the skip links come first: the filters in 4 presses, the dashboard in 2, the file list in 4', async () => {
		const { page } = app;
		await fromTop(page);
		await page.keyboard.press('Tab');
		expect((await focused(page)).what).toBe('skip-dashboard');
		// Tab, Tab, Enter, Tab: the first year of the filters.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		expect((await focused(page)).what).toBe('filters-h');
		await page.keyboard.press('Tab');
		expect((await focused(page)).legend).toBe('年度');

		await fromTop(page);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		expect((await focused(page)).what).toBe('panel-dashboard');

		await fromTop(page);
		const n = await pressUntil(page, 'Tab', async () => (await focused(page)).what === 'skip-files');
		await page.keyboard.press('Enter');
		expect(n + 1).toBe(4);
		expect((await focused(page)).what).toBe('files-h');
	});

	it('the file list is one tab stop; the arrow keys move between files and along a file’s actions', async () => {
		const { page } = app;
		const rows = page.getByTestId('file-row');
		const files = await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.file!));
		expect(files.length).toBe(8);
		expect(await page.locator('[data-testid="file-row"][tabindex="0"], [data-testid="file-row"] [tabindex="0"]').count()).toBe(1);
		// From the list's heading: the 移除示例数据 link, the list, then past the list to the workspace — 3 presses
		// whatever the number of files (four stops per file before).
		await page.locator('#files-h').focus();
		const n = await pressUntil(page, 'Tab', async () => (await focused(page)).what === 'export-workspace');
		expect(n).toBe(3);
		await page.keyboard.press('Shift+Tab');
		expect(await focused(page)).toMatchObject({ what: 'file-row', file: files[0] });

		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toMatchObject({ col: 'row', file: files[1] });
		await page.keyboard.press('ArrowRight');
		expect(await focused(page)).toMatchObject({ what: 'replace-file', file: files[1] });
		await page.keyboard.press('ArrowRight');
		expect(await focused(page)).toMatchObject({ what: 'remove-file', file: files[1] });
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toMatchObject({ what: 'remove-file', file: files[2] });
		await page.keyboard.press('End');
		expect(await focused(page)).toMatchObject({ what: 'file-ledger-toggle', file: files[2] });
		await page.keyboard.press('Home');
		expect(await focused(page)).toMatchObject({ col: 'row', file: files[2] });
		await page.keyboard.press('Control+End');
		expect(await focused(page)).toMatchObject({ col: 'row', file: files[7] });
		await page.keyboard.press('Control+Home');
		expect(await focused(page)).toMatchObject({ col: 'row', file: files[0] });
		// The spot last used is the list's tab stop when the keyboard comes back.
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Shift+Tab');
		expect(await focused(page)).toMatchObject({ col: 'row', file: files[1] });

		// Settings open with Enter on their summary, and their inputs take the keys as usual.
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		expect(await focused(page)).toMatchObject({ what: 'file-settings', file: files[1] });
		await page.keyboard.press('Enter');
		await expect.poll(() => rows.nth(1).getByTestId('file-region').count()).toBe(1);
		await page.keyboard.press('Enter');
	});

	it('removing a file by keyboard puts focus on the file that takes its place', async () => {
		const { page } = app;
		const rows = page.getByTestId('file-row');
		const files = await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.file!));
		await rows.nth(2).getByTestId('remove-file').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => rows.count()).toBe(files.length - 1);
		expect(await focused(page)).toMatchObject({ what: 'remove-file', file: files[3] });
		await ready(page);
	});

	it('removing a filter chip keeps focus on the chips: the next chip, then the group', async () => {
		const { page } = app;
		// Two years ticked from the keyboard: skip link, Tab, Space, Tab, Space.
		await fromTop(page);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect.poll(() => page.getByTestId('filter-chip').count()).toBe(2);
		// To the dashboard: the first chip's × is the first stop there.
		await fromTop(page);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const chips = page.getByTestId('filter-chip');
		const second = await chips.nth(1).innerText();
		expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="filter-chip"]') !== null)).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(() => chips.count()).toBe(1);
		expect(await page.evaluate(() => (document.activeElement?.closest('[data-testid="filter-chip"]') as HTMLElement | null)?.innerText)).toBe(second);
		await page.keyboard.press('Enter');
		await expect.poll(() => chips.count()).toBe(0);
		expect((await focused(page)).what).toBe('filter-chips');
	});
});
