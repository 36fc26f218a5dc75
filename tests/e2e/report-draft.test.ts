/**
 * The 总结报告 draft in headless Chromium, on generated files whose totals are
 * computed here by the same core in Node: the draft's figures are the SQL
 * totals under the filter and follow a filter change; a figure's exact value
 * shows on focus and its 查看来源 lists facts that sum to it; a reworded
 * sentence and a paragraph switched off survive a reload (IndexedDB).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, ready, type App } from './harness';
import { makeWideWorkbook, type WideColumn } from '../fixtures/wide';
import { buildFacts, processFile } from '../../src/lib/pipeline';
import { formatReportNumber } from '../../src/lib/report/draft/format';
import { WORKSPACE_DB } from '../../src/lib/workspace/store';

const dir = mkdtempSync(join(tmpdir(), 'e2e-draft-'));
const COLUMNS: WideColumn[] = [
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' },
	{ group: null, leaf: '排查整治安全风险隐患（个）', metricId: 'rectification.hazards_found' }
];
const paths: string[] = [];

let app: App;
let page: Page;

/** Σ participation of the 2024 ok facts (optionally of one region), by the core in Node. */
function participation(region?: string): number {
	const facts = buildFacts(paths.map((p) => processFile({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) })));
	return facts.filter((f) => f.status === 'ok' && f.family === 'P' && f.year === 2024 && f.value !== null && (region === undefined || f.region === region)).reduce((s, f) => s + f.value!, 0);
}

const sentence = (id: string) => page.locator(`[data-testid="draft-sentence"][data-id="${id}"]`);
/** The draft's edits as the workspace stored them in IndexedDB (a toggle's write is asynchronous: a reload must wait for it). */
const storedDraft = () =>
	page.evaluate(
		(name) =>
			new Promise<{ off?: string[]; texts?: Record<string, unknown> } | null>((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const get = db.transaction('settings').objectStore('settings').get('draft');
					get.onerror = () => reject(get.error);
					get.onsuccess = () => {
						resolve(get.result ?? null);
						db.close();
					};
				};
			}),
		WORKSPACE_DB
	);
const token = (sid: string, tid: string) => sentence(sid).locator(`[data-testid="draft-token"][data-token="${tid}"]`);

async function openReport() {
	await ready(page);
	await page.getByTestId('tab-report').click();
	await page.getByTestId('draft').waitFor();
	await ready(page);
}

beforeAll(async () => {
	for (const [year, k] of [
		[2023, 1],
		[2024, 2]
	] as const) {
		const p = join(dir, `${year}年汇总.xlsx`);
		writeFileSync(
			p,
			await makeWideWorkbook([
				{
					title: `${year}年“安全生产月”活动汇总表`,
					sheetName: String(year),
					columns: COLUMNS,
					rows: [
						{ region: '华池县', unit: '柔远镇', values: [3, 12000 * k + 5, 41] },
						{ region: '华池县', unit: '悦乐镇', values: [2, 300 * k, 7] },
						{ region: '合水县', unit: '太白镇', values: [5, 2500, 12 * k] }
					]
				}
			])
		);
		paths.push(p);
	}
	app = await openApp('/?demo=0');
	page = app.page;
	await ready(page);
	await page.getByTestId('file-input').setInputFiles(paths);
	await openReport();
}, 180_000);

afterAll(async () => {
	await app?.close();
});

describe('总结报告草稿', () => {
	it('writes the SQL totals under the filter and follows a filter change', async () => {
		const all = participation();
		await expect.poll(() => token('totals.participation', 'value').getAttribute('data-value'), { timeout: 30_000 }).toBe(String(all));
		expect(await token('totals.participation', 'value').innerText()).toBe(formatReportNumber(all, 'zh'));
		expect(await sentence('totals.participation').innerText()).toContain('同比增长');

		await page.getByTestId('filter-region').getByLabel('合水县').check();
		const one = participation('合水县');
		expect(one).not.toBe(all);
		await expect.poll(() => token('totals.participation', 'value').getAttribute('data-value'), { timeout: 30_000 }).toBe(String(one));
		expect(await token('totals.participation', 'value').innerText()).toBe(formatReportNumber(one, 'zh'));
		await page.getByTestId('filter-region').getByLabel('合水县').uncheck();
		await expect.poll(() => token('totals.participation', 'value').getAttribute('data-value'), { timeout: 30_000 }).toBe(String(all));
	});

	it('shows a figure exact value on focus and lists the facts that sum to it', async () => {
		const all = participation();
		await token('totals.participation', 'value').focus();
		await expect.poll(() => page.getByTestId('draft-figure-text').innerText()).toContain(all.toLocaleString('en-US'));
		await page.getByTestId('draft-sources').click();
		const panel = page.getByTestId('sources-panel');
		await expect.poll(() => panel.getAttribute('data-loaded'), { timeout: 30_000 }).toBe('1');
		expect(Number(await panel.getAttribute('data-total'))).toBe(all);
		// Each listed fact names its file and cell; the listed values add up to the figure.
		const rows = panel.locator('[data-testid="sources-table"] tbody tr');
		expect(await rows.count()).toBe(Number(await panel.getAttribute('data-n')));
		expect(await panel.innerText()).toContain('2024年汇总.xlsx');
		await page.getByTestId('sources-close').click();
	});

	it('copies the draft as plain text and exports it as a Word document with tables and images', async () => {
		await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
		await page.getByTestId('draft-copy').click();
		await expect.poll(() => page.getByTestId('draft-status').innerText()).toContain('已复制');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('2024年“安全生产月”活动总结');
		expect(copied).toContain(`参与${formatReportNumber(participation(), 'zh')}人次`);

		const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('draft-docx').click()]);
		expect(download.suggestedFilename()).toMatch(/\.docx$/);
		const file = join(dir, 'draft.docx');
		await download.saveAs(file);
		const JSZip = (await import('jszip')).default;
		const zip = await JSZip.loadAsync(readFileSync(file));
		const xml = await zip.file('word/document.xml')!.async('string');
		expect(xml).toContain('<w:tbl>');
		expect(xml).toContain(formatReportNumber(participation(), 'zh'));
		const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
		expect(media.length).toBeGreaterThanOrEqual(3);
	});

	it('keeps a reworded sentence (figures live) and a paragraph switched off across a reload', async () => {
		const all = participation();
		await sentence('totals.participation').getByTestId('draft-edit').click();
		const editor = page.getByTestId('draft-editor');
		expect(await editor.inputValue()).toMatch(/\{1\}/);
		await editor.fill('全年累计参与{1}人次，同比{2}。');
		await page.getByTestId('draft-save').click();
		await expect.poll(() => sentence('totals.participation').getAttribute('data-edit')).toBe('applied');
		await page.locator('[data-testid="draft-paragraph"][data-id="rankings"] [data-testid="draft-keep-paragraph"]').uncheck();
		// A reload right after the click may come before the edit is written (a user's does not): wait until it is stored.
		await expect.poll(async () => (await storedDraft())?.off ?? []).toContain('rankings');
		expect(Object.keys((await storedDraft())?.texts ?? {})).toContain('totals.participation');

		await page.reload();
		await openReport();
		await expect.poll(() => sentence('totals.participation').getAttribute('data-edit'), { timeout: 30_000 }).toBe('applied');
		expect(await sentence('totals.participation').getByTestId('draft-text').innerText()).toContain(`全年累计参与${formatReportNumber(all, 'zh')}人次，同比增长`);
		expect(await page.locator('[data-testid="draft-paragraph"][data-id="rankings"] [data-testid="draft-keep-paragraph"]').isChecked()).toBe(false);
		if (process.env.DRAFT_SHOT) await page.getByTestId('draft').screenshot({ path: process.env.DRAFT_SHOT });
		expect(app.errors).toEqual([]);
	});
});
