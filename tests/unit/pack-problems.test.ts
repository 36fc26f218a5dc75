/**
 * The report pack's 问题与提示 sheet holds every file problem and every check
 * the 检查 tab lists — warnings and unit-merge proposals alike — built from
 * generated files through the CLI's pack builder and read back with exceljs.
 */
import { expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { makeWideWorkbook, type WideColumn } from '../fixtures/wide';
import { buildPackFromFiles } from '../../src/cli/report-pack';
import { buildFacts } from '../../src/lib/pipeline';
import { runChecks } from '../../src/lib/checks/index';

const COLUMNS: WideColumn[] = [
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' }
];

test('问题与提示 = file problems + every check and merge proposal', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'pack-problems-'));
	const table = (title: string, rows: { region: string; unit: string; values: (number | null)[] }[]) => makeWideWorkbook([{ title, sheetName: '汇总', columns: COLUMNS, rows }]);
	writeFileSync(
		join(dir, 'a.xlsx'),
		await table('2023年正宁县“安全生产月”活动汇总表', [
			{ region: '正宁县', unit: '山河镇', values: [3, 120] },
			{ region: '正宁县', unit: '永和镇人民政府', values: [4, 2] }, // participants below sessions
			{ region: '正宁县', unit: '榆林子镇', values: [-1, 80] } // negative
		])
	);
	writeFileSync(
		join(dir, 'b.xlsx'),
		await table('2023年正宁县“安全生产月”活动汇总表', [
			{ region: '正宁县', unit: '山河镇人民政府', values: [2, 90] },
			{ region: '正宁县', unit: '永正镇人民政府', values: [2, 90] }
		])
	);
	writeFileSync(join(dir, 'empty.xlsx'), new Uint8Array());
	const files = ['a.xlsx', 'b.xlsx', 'empty.xlsx'].map((name) => ({ name, path: join(dir, name) }));
	const { bytes, results } = await buildPackFromFiles({ files });

	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(bytes as unknown as ArrayBuffer);
	const ws = wb.getWorksheet('问题与提示')!;
	const rows = ws.getRows(2, ws.rowCount - 1)!.map((r) => ({ file: String(r.getCell(1).value ?? ''), code: String(r.getCell(3).value ?? ''), zh: String(r.getCell(4).value ?? '') }));

	// Computed here independently: the checks of the same facts.
	const checks = runChecks(buildFacts(results), results);
	expect(checks.map((c) => c.code)).toEqual(expect.arrayContaining(['participants.below-sessions', 'value.negative', 'unit.similar']));
	const fromChecks = rows.filter((r) => checks.some((c) => c.code === r.code));
	expect(fromChecks.map((r) => r.zh).sort()).toEqual(checks.map((c) => c.zh).sort());
	// One proposal: 山河镇 / 山河镇人民政府 (never 永正镇 / 永和镇), with its reason.
	const merges = rows.filter((r) => r.code === 'unit.similar');
	expect(merges).toHaveLength(1);
	expect(merges[0].zh).toContain('山河镇人民政府');
	expect(merges[0].zh).toContain('人民政府');
	expect(rows.some((r) => r.zh.includes('永正镇'))).toBe(false);
	// The empty file's problem is there too.
	const emptyErr = results.find((r) => r.file === 'empty.xlsx')!.error!;
	expect(rows).toContainEqual({ file: 'empty.xlsx', code: emptyErr.code, zh: emptyErr.zh });
	expect(rows.length).toBe(checks.length + results.reduce((n, r) => n + (r.error ? 1 : 0) + r.problems.length, 0));
}, 120_000);
