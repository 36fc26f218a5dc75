/**
 * The workspace survives a reload: imported files and per-file decisions
 * (region and year set in the file list) come back without re-importing, with
 * the same headline numbers; "clear everything" empties it for good; the demo
 * set is stored once, not duplicated on reload, and stays removed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, ready, kpi, type App } from './harness';
import ExcelJS from 'exceljs';
import { addWideSheet, makeWideWorkbook } from '../fixtures/wide';
import { processFile, resolveFilings, type FileDecisions } from '../../src/lib/pipeline';
import type { Fact } from '../../src/lib/facts/fact';
import type { Page } from 'playwright-core';

const dir = mkdtempSync(join(tmpdir(), 'e2e-workspace-'));
const DEMO = 'static/demo';
const manifest: string[] = JSON.parse(readFileSync(join(DEMO, 'manifest.json'), 'utf8'));

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

async function makeFiles(): Promise<{ wide: string; csv: string }> {
	const wide = join(dir, '2022年汇总表.xlsx');
	writeFileSync(
		wide,
		await makeWideWorkbook([
			{
				title: '2022年“安全生产月”活动汇总表',
				sheetName: '汇总表',
				columns: [
					{ group: '安全宣传咨询日', leaf: '场次', metricId: 'consult.events' },
					{ group: '安全宣传咨询日', leaf: '参与人次', metricId: 'consult.participants' },
					{ group: null, leaf: '排查整治安全风险隐患（个）', metricId: 'rectification.hazards_found' }
				],
				rows: [
					{ region: '华池县', unit: '柔远镇', values: [3, 1200, 41] },
					{ region: '合水县', unit: '太白镇', values: [5, 2500, 12] }
				]
			}
		])
	);
	// A long table that names neither a region nor a year: the user sets them in the file list.
	const csv = join(dir, '乡镇明细.csv');
	writeFileSync(csv, ['单位,活动,指标,数值', '木钵镇,应急演练,参与（人次）,640', '木钵镇,应急演练,开展灾害避险逃生、自救互救演练（场）,4', '曲子镇,6·16咨询日,参与（人次）,300'].join('\r\n'));
	return { wide, csv };
}

function totals(facts: Fact[]) {
	const ok = facts.filter((f) => f.status === 'ok' && f.value !== null);
	const s = (fam: string) => ok.filter((f) => f.family === fam).reduce((a, f) => a + f.value!, 0);
	return { participation: s('P'), hazards: s('H'), sessions: s('S'), units: new Set(ok.map((f) => `${f.region}/${f.unit}`)).size };
}

async function headline(page: Page) {
	return { participation: await kpi(page, 'participation'), hazards: await kpi(page, 'hazards'), sessions: await kpi(page, 'sessions'), units: await kpi(page, 'units') };
}

const yearOptions = (page: Page) => page.getByTestId('filter-year').locator('label').allInnerTexts();
const regionOptions = (page: Page) => page.getByTestId('filter-region').locator('label').allInnerTexts();

describe('workspace persistence', () => {
	it('keeps files and a file’s region/year decision across a reload; clear everything empties it for good', async () => {
		const { wide, csv } = await makeFiles();
		const read = (path: string, d: FileDecisions = {}) => processFile({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) }, d);
		const decided = totals(resolveFilings([read(wide), read(csv, { region: '环县', year: 2023 })]));
		const undecided = totals(resolveFilings([read(wide), read(csv)]));

		app = await openApp('/?demo=0');
		const { page } = app;
		await ready(page);
		await expect.poll(() => page.getByTestId('storage-used').count()).toBe(1);
		await page.getByTestId('file-input').setInputFiles([wide, csv]);
		await ready(page);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(2);
		expect(await headline(page)).toEqual(undecided);
		expect(await yearOptions(page)).toEqual(['2022']);

		// Set the CSV's region and year in the file list (keyboard: type, then Enter submits).
		const csvRow = page.locator('[data-testid="file-row"][data-file="乡镇明细.csv"]');
		await csvRow.getByTestId('file-settings').click();
		await csvRow.getByTestId('file-region').fill('环县');
		await csvRow.getByTestId('file-year').fill('2023');
		await csvRow.getByTestId('file-year').press('Enter');
		await expect.poll(() => csvRow.getByTestId('file-decisions').getAttribute('data-year')).toBe('2023');
		await ready(page);
		expect(await csvRow.getByTestId('file-decisions').getAttribute('data-region')).toBe('环县');
		expect(await csvRow.getByTestId('file-decisions').innerText()).toContain('环县');
		expect(await headline(page)).toEqual(decided);
		expect(await yearOptions(page)).toEqual(['2022', '2023']);
		expect(await regionOptions(page)).toContain('环县');

		// A year that is no year is refused, in words.
		await csvRow.getByTestId('file-year').fill('23');
		await csvRow.getByTestId('file-apply').click();
		await expect.poll(() => csvRow.getByTestId('file-decision-error').count()).toBe(1);

		// Close the tab's page and come back: same files, same decisions, same numbers — nothing re-imported by hand.
		await page.reload();
		await ready(page);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(2);
		expect(await headline(page)).toEqual(decided);
		expect(await yearOptions(page)).toEqual(['2022', '2023']);
		const again = page.locator('[data-testid="file-row"][data-file="乡镇明细.csv"]');
		expect(await again.getByTestId('file-decisions').getAttribute('data-region')).toBe('环县');
		expect(await again.getByTestId('file-decisions').getAttribute('data-year')).toBe('2023');
		await again.getByTestId('file-settings').click();
		expect(await again.getByTestId('file-year').inputValue()).toBe('2023');
		expect(Number(await page.getByTestId('storage-used').getAttribute('data-usage'))).toBeGreaterThan(0);

		// Clear everything (confirmed): empty now and after a reload, and the demo set does not come back either.
		await page.getByTestId('clear-workspace').click();
		await page.getByTestId('clear-workspace-cancel').click();
		expect(await page.getByTestId('file-row').count()).toBe(2);
		await page.getByTestId('clear-workspace').click();
		await page.getByTestId('clear-workspace-confirm').click();
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(0);
		await ready(page);
		expect(await headline(page)).toEqual({ participation: 0, hazards: 0, sessions: 0, units: 0 });
		await page.goto(new URL('/', app.url).toString());
		await ready(page);
		expect(await page.getByTestId('file-row').count()).toBe(0);
		expect(await kpi(page, 'participation')).toBe(0);
		expect(app.offOrigin).toEqual([]);
		expect(app.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
	});

	it('stores the bytes the workers read (not the dropped Files), and still restores files stored as Blobs', async () => {
		const { wide, csv } = await makeFiles();
		const read = (path: string) => processFile({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) });
		const expected = totals(resolveFilings([read(wide), read(csv)]));
		app = await openApp('/?demo=0');
		const { page } = app;
		await ready(page);
		await page.getByTestId('file-input').setInputFiles([wide, csv]);
		await ready(page);
		expect(await headline(page)).toEqual(expected);

		// What IndexedDB holds: each file's exact bytes, as an ArrayBuffer (a File would be copied from disk on the page's thread).
		const records = () =>
			page.evaluate(async () => {
				const db: IDBDatabase = await new Promise((res, rej) => {
					const q = indexedDB.open('anquanyue-kanban');
					q.onsuccess = () => res(q.result);
					q.onerror = () => rej(q.error);
				});
				const all: { name: string; bytes: ArrayBuffer | Blob }[] = await new Promise((res) => {
					const q = db.transaction('files').objectStore('files').getAll();
					q.onsuccess = () => res(q.result);
				});
				db.close();
				return all.map((r) => ({ name: r.name, kind: r.bytes instanceof ArrayBuffer ? 'ArrayBuffer' : r.bytes instanceof Blob ? 'Blob' : typeof r.bytes, bytes: r.bytes instanceof ArrayBuffer ? [...new Uint8Array(r.bytes)] : [] }));
			});
		const stored = (await records()).sort((a, b) => a.name.localeCompare(b.name));
		expect(stored.map((r) => [r.name, r.kind])).toEqual([
			['2022年汇总表.xlsx', 'ArrayBuffer'],
			['乡镇明细.csv', 'ArrayBuffer']
		]);
		expect(Buffer.from(stored[0].bytes).equals(readFileSync(wide))).toBe(true);
		expect(Buffer.from(stored[1].bytes).equals(readFileSync(csv))).toBe(true);

		// A workspace stored by an earlier version holds Blobs: it comes back the same.
		await page.evaluate(async () => {
			const db: IDBDatabase = await new Promise((res) => {
				const q = indexedDB.open('anquanyue-kanban');
				q.onsuccess = () => res(q.result);
			});
			const tx = db.transaction('files', 'readwrite');
			const store = tx.objectStore('files');
			const all: { bytes: ArrayBuffer }[] = await new Promise((res) => {
				const q = store.getAll();
				q.onsuccess = () => res(q.result);
			});
			for (const r of all) store.put({ ...r, bytes: new Blob([r.bytes]) });
			await new Promise((res) => (tx.oncomplete = res));
			db.close();
		});
		expect((await records()).map((r) => r.kind)).toEqual(['Blob', 'Blob']);
		await page.reload();
		await ready(page);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(2);
		expect(await headline(page)).toEqual(expected);
		expect(app.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
	});

	it('reads a hidden sheet when the user includes it, and remembers that', async () => {
		const wb = new ExcelJS.Workbook();
		const columns = [{ group: null, leaf: '排查整治安全风险隐患（个）', metricId: 'rectification.hazards_found' }];
		await addWideSheet(wb, { title: '2022年隐患排查汇总表', sheetName: '汇总表', columns, rows: [{ region: '华池县', unit: '柔远镇', values: [41] }] });
		await addWideSheet(wb, { title: '2022年隐患排查补报', sheetName: '补报', columns, rows: [{ region: '环县', unit: '木钵镇', values: [7] }] });
		wb.getWorksheet('补报')!.state = 'hidden';
		const path = join(dir, '含隐藏表.xlsx');
		writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));

		app = await openApp('/?demo=0');
		const { page } = app;
		await page.getByTestId('file-input').setInputFiles([path]);
		await ready(page);
		expect(await kpi(page, 'hazards')).toBe(41);
		const row = page.getByTestId('file-row');
		expect(await row.innerText()).toMatch(/1 个隐藏工作表未读取/);
		await row.getByTestId('file-settings').click();
		await row.getByTestId('file-include-hidden').check();
		await row.getByTestId('file-apply').click();
		await expect.poll(() => row.getByTestId('file-decisions').getAttribute('data-hidden')).toBe('1');
		await ready(page);
		expect(await kpi(page, 'hazards')).toBe(48);
		await page.reload();
		await ready(page);
		expect(await kpi(page, 'hazards')).toBe(48);
		expect(await page.getByTestId('file-row').getByTestId('file-decisions').getAttribute('data-hidden')).toBe('1');
		// Unticked again: the hidden sheet is left out once more.
		await page.getByTestId('file-settings').click();
		await page.getByTestId('file-include-hidden').uncheck();
		await page.getByTestId('file-apply').click();
		await expect.poll(() => page.getByTestId('file-decisions').getAttribute('data-hidden')).toBe('');
		await ready(page);
		expect(await kpi(page, 'hazards')).toBe(41);
	});

	it('stores the demo set once: a reload does not duplicate it; removed, it stays removed', async () => {
		app = await openApp('/');
		const { page } = app;
		await ready(page);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(manifest.length);
		const first = await headline(page);
		await page.reload();
		await ready(page);
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(manifest.length);
		expect(await page.getByTestId('file-row').filter({ hasText: '示例数据' }).count()).toBe(manifest.length);
		expect(await headline(page)).toEqual(first);
		await page.getByTestId('remove-demo').click();
		await expect.poll(() => page.getByTestId('file-row').count()).toBe(0);
		await page.reload();
		await ready(page);
		expect(await page.getByTestId('file-row').count()).toBe(0);
	});
});
