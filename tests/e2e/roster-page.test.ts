/**
 * Issue 22, the roster's page paths that the 30-unit round (roster.test.ts)
 * does not walk: a roster started from the units that reported in an earlier
 * year; a near miss (城建事物 / 城建事务, one character) proposed and
 * confirmed by the user; a list pasted as text (a line that names no unit is
 * skipped and said so); a unit removed, one corrected in place, one added by
 * hand (a second copy of a listed unit refused); the 催报 message copied to the
 * clipboard as shown, and the 催报 list exported as .xlsx (read back with
 * exceljs) with the contact and phone from the roster; the report pack's
 * cover stating the completion.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openApp, ready, type App } from './harness';
import { axeViolations, mustFix } from './axe';

const dir = mkdtempSync(join(tmpdir(), 'e2e-roster-page-'));
const P = '参与（人次）';
const A = '6·16咨询日';
const ROWS: (string | number)[][] = [
	[2023, '正宁县', '山河镇', A, P, 10],
	[2023, '宁县', '新宁镇', A, P, 20],
	[2023, '正宁县', '城建事务服务中心', A, P, 30],
	[2024, '正宁县', '山河镇', A, P, 11],
	// The same unit, one character wrong in this year's file.
	[2024, '正宁县', '城建事物服务中心', A, P, 31]
];

/** The roster's units as shown: name → status. */
const statuses = (page: Page) => page.getByTestId('unit-status').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-unit'), r.getAttribute('data-status')])));

describe('the roster in the page: from an earlier year, near misses, pasted, edited, chased', () => {
	let app: App;
	beforeAll(async () => {
		const path = join(dir, '两年汇总.csv');
		writeFileSync(path, '\uFEFF' + Papa.unparse([['年度', '地区', '单位', '活动', '指标', '数值'], ...ROWS]));
		app = await openApp('/?demo=0');
		await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
		await app.page.getByTestId('file-input').setInputFiles([path]);
		await ready(app.page);
		await app.page.getByTestId('tab-roster').click();
	}, 120_000);
	afterAll(async () => {
		await app?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it("starts 2024's roster from the units that reported in 2023; the one-character near miss is proposed, and matched once confirmed", async () => {
		const { page } = app;
		await page.getByTestId('roster-year').fill('2024');
		await page.getByTestId('roster-year').dispatchEvent('change');
		await page.getByTestId('roster-from-year').filter({ hasText: '2023' }).click();
		await expect.poll(() => page.getByTestId('unit-status').count()).toBe(3);
		expect(await statuses(page)).toEqual({ 山河镇: 'final', 新宁镇: 'missing', 城建事务服务中心: 'missing' });
		const off = page.getByTestId('off-roster-unit');
		expect(await off.evaluateAll((li) => li.map((x) => x.getAttribute('data-unit')))).toEqual(['城建事物服务中心']);
		const proposal = off.getByTestId('roster-proposal');
		expect(await proposal.count()).toBe(1);
		await proposal.getByRole('button', { name: /城建事务服务中心/ }).first().click();
		await expect.poll(() => off.count()).toBe(0);
		expect(await statuses(page)).toEqual({ 山河镇: 'final', 新宁镇: 'missing', 城建事务服务中心: 'final' });
		expect(await page.getByTestId('roster-summary').getAttribute('data-rate')).toBe('66.7%');
	});

	it('a list pasted as text (the line naming no unit skipped, and said so) with contacts; a unit removed', async () => {
		const { page } = app;
		await page.locator('summary', { hasText: '粘贴名单' }).click();
		await page.getByTestId('roster-paste').fill(['单位\t地区\t联系人\t电话', '山河镇\t正宁县\t张三\t13800000001', '新宁镇\t宁县\t李四\t0934-5200001', '城建事务服务中心\t正宁县\t王五\t13800000002', '西坡镇\t宁县\t赵六\t13800000003', '\t宁县\t\t'].join('\n'));
		await page.getByTestId('roster-paste-apply').click();
		await expect.poll(() => page.getByTestId('unit-status').count()).toBe(4);
		expect(await page.getByTestId('roster-skipped').count()).toBe(1);
		// The link the user confirmed stays: 城建事物服务中心 is still 城建事务服务中心.
		expect(await statuses(page)).toEqual({ 山河镇: 'final', 新宁镇: 'missing', 城建事务服务中心: 'final', 西坡镇: 'missing' });
		expect(await page.getByTestId('chase-text').inputValue()).toBe(
			['以下单位尚未报送2024年安全生产月进展情况统计表：', '1. 宁县 新宁镇，联系人：李四，电话：0934-5200001', '2. 宁县 西坡镇，联系人：赵六，电话：13800000003'].join('\n')
		);
		await page.getByRole('button', { name: '把“西坡镇”移出名单' }).click();
		await expect.poll(() => page.getByTestId('unit-status').count()).toBe(3);
		expect(await page.getByTestId('roster-summary').getAttribute('data-rate')).toBe('66.7%');
	});

	it('a unit corrected in place (修改) and one added by hand (添加单位); a second copy of a listed unit is refused', async () => {
		const { page } = app;
		await page.getByRole('button', { name: '修改“新宁镇”' }).click();
		const row = page.getByTestId('unit-edit-row');
		expect(await row.getByTestId('unit-field-phone').inputValue()).toBe('0934-5200001');
		await row.getByTestId('unit-field-contact').fill('李四（办公室）');
		await row.getByTestId('unit-field-phone').fill('0934-5200009');
		await row.getByTestId('unit-save').click();
		await expect.poll(() => row.count()).toBe(0);
		expect(await page.locator('[data-testid="unit-status"][data-unit="新宁镇"]').innerText()).toContain('0934-5200009');

		const add = page.getByTestId('roster-add-unit');
		await add.locator('summary').click();
		// A unit needs a name: said, and nothing added.
		await add.getByTestId('unit-save').click();
		expect(await add.getByRole('alert').innerText()).toBe('请填写单位名称');
		await add.getByTestId('unit-field-name').fill('早胜镇');
		await add.getByTestId('unit-field-region').fill('宁县');
		await add.getByTestId('unit-field-contact').fill('孙七');
		await add.getByTestId('unit-field-phone').fill('13800000004');
		await add.getByTestId('unit-save').click();
		await expect.poll(() => page.getByTestId('unit-status').count()).toBe(4);
		// The form empties for the next unit.
		await expect.poll(() => add.getByTestId('unit-field-name').inputValue()).toBe('');
		await add.getByTestId('unit-field-name').fill('山河镇');
		await add.getByTestId('unit-field-region').fill('正宁县');
		await add.getByTestId('unit-save').click();
		expect(await page.getByTestId('unit-taken').innerText()).toBe('名单中已有“山河镇”（正宁县）');
		expect(await page.getByTestId('unit-status').count()).toBe(4);
		expect(await page.getByTestId('roster-summary').getAttribute('data-rate')).toBe('50%');
	});

	it('the 催报 message copies as shown, and the 催报 list exports as .xlsx with the same units, contacts and phones', async () => {
		const { page } = app;
		const message = await page.getByTestId('chase-text').inputValue();
		expect(message).toBe(['以下单位尚未报送2024年安全生产月进展情况统计表：', '1. 宁县 新宁镇，联系人：李四（办公室），电话：0934-5200009', '2. 宁县 早胜镇，联系人：孙七，电话：13800000004'].join('\n'));
		await page.getByTestId('chase-copy').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);

		const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chase-xlsx').click()]);
		const path = join(dir, 'chase.xlsx');
		await d.saveAs(path);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.readFile(path);
		const ws = wb.worksheets[0];
		expect(ws.name).toBe('催报名单');
		expect(ws.getCell('A1').value).toBe('以下单位尚未报送2024年安全生产月进展情况统计表：');
		expect((ws.getRow(2).values as ExcelJS.CellValue[]).slice(1)).toEqual(['序号', '地区', '单位', '状态', '联系人', '电话', '最近报送文件', '填报日期']);
		expect((ws.getRow(3).values as ExcelJS.CellValue[]).slice(1, 7)).toEqual([1, '宁县', '新宁镇', '未报', '李四（办公室）', '0934-5200009']);
		expect((ws.getRow(4).values as ExcelJS.CellValue[]).slice(1, 7)).toEqual([2, '宁县', '早胜镇', '未报', '孙七', '13800000004']);
		expect(ws.rowCount).toBe(4);
	});

	it('axe: nothing serious on the 名单 tab with a roster, the edit and add forms open (zh and en)', async () => {
		const { page } = app;
		await page.getByRole('button', { name: '修改“山河镇”' }).click();
		await page.getByTestId('unit-edit-row').waitFor();
		const found: string[] = [];
		for (const lang of ['zh', 'en']) {
			if (lang === 'en') await page.getByTestId('lang-switch').click();
			for (const v of (await axeViolations(page)).filter(mustFix)) found.push(`${lang} ${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes.slice(0, 3).join(' | ')}`);
		}
		await page.getByTestId('lang-switch').click();
		expect(found).toEqual([]);
		await page.getByTestId('unit-edit-row').getByRole('button', { name: '取消' }).click();
	});

	it("the report pack built in the page states the roster's completion on its cover", async () => {
		const { page } = app;
		await page.getByTestId('tab-report').click();
		const [d] = await Promise.all([page.waitForEvent('download', { timeout: 170_000 }), page.getByTestId('report-pack').click()]);
		const path = join(dir, 'pack.xlsx');
		await d.saveAs(path);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.readFile(path);
		const cover = wb.getWorksheet('封面')!;
		const lines: string[] = [];
		cover.eachRow((row) => lines.push((row.values as ExcelJS.CellValue[]).filter((v) => v !== null && v !== undefined).map(String).join('|')));
		expect(lines).toContain('报送情况|2024年：应报4家，已报2家（50%）；其中终报2家、逾期0家、仅报中期0家，无法读取0家，未报2家');
		expect(app.errors).toEqual([]);
	}, 240_000);
});
