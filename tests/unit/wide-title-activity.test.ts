import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { processFile } from '../../src/lib/pipeline';

// A summary workbook kept one activity to a sheet heads its columns with bare measures (场次 | 参与人次): its
// title, else its sheet's name, says whose counts they are. Written as real .xlsx (exceljs) and .xls (SheetJS).
interface SheetSpec {
	name: string;
	title: string | null;
	columns: string[];
}

async function workbook(sheets: SheetSpec[], format: 'xlsx' | 'xls'): Promise<Uint8Array> {
	const grids = sheets.map((s) => {
		const rows: (string | number)[][] = [];
		if (s.title) rows.push([s.title]);
		rows.push(['乡镇', ...s.columns]);
		rows.push(['柔远镇', ...s.columns.map((_, i) => 10 + i)]);
		rows.push(['悦乐镇', ...s.columns.map((_, i) => 20 + i)]);
		return rows;
	});
	if (format === 'xls') {
		const wb = XLSX.utils.book_new();
		sheets.forEach((s, i) => XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(grids[i]), s.name));
		return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }));
	}
	const wb = new ExcelJS.Workbook();
	sheets.forEach((s, i) => {
		const ws = wb.addWorksheet(s.name);
		grids[i].forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
		if (s.title) ws.mergeCells(1, 1, 1, s.columns.length + 1);
	});
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Each column's metric (or 'unmapped') per sheet, from the first unit's row. */
function byColumn(r: ReturnType<typeof processFile>): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const f of r.facts.filter((f) => f.unit === '柔远镇')) (out[f.sheet] ??= []).push(f.status === 'ok' ? f.metricId! : 'unmapped');
	return out;
}

describe.each(['xlsx', 'xls'] as const)('a sheet of one activity, bare measures under it (%s)', (format) => {
	it('the title names the activity', async () => {
		const r = processFile({
			name: `2024年汇总.${format}`,
			bytes: await workbook(
				[
					{ name: 'Sheet1', title: '2024年“6·16”安全宣传咨询日活动统计表', columns: ['场次', '参与人次', '发放资料（份）'] },
					{ name: 'Sheet2', title: '2024年警示教育活动开展情况', columns: ['场次', '受教育人次'] },
					{ name: 'Sheet3', title: '2024年应急演练统计', columns: ['次数', '参演人数'] }
				],
				format
			)
		});
		expect(r.error).toBeNull();
		expect(byColumn(r)).toEqual({
			Sheet1: ['consult.events', 'consult.participants', 'unmapped'],
			Sheet2: ['warning.education_sessions', 'warning.education_participants'],
			Sheet3: ['drills.events', 'drills.participants']
		});
	});

	it('the sheet’s name names it when the title does not', async () => {
		const r = processFile({
			name: `2024年汇总.${format}`,
			bytes: await workbook(
				[
					{ name: '咨询日', title: '2024年安全生产月活动统计表', columns: ['场次', '参与人次'] },
					{ name: '应急演练', title: null, columns: ['场次', '参与人次'] },
					{ name: '五进', title: '2024年安全生产月活动统计表', columns: ['进企业（场）', '进学校（场）', '参与人数'] }
				],
				format
			)
		});
		expect(byColumn(r)).toEqual({
			咨询日: ['consult.events', 'consult.participants'],
			应急演练: ['drills.events', 'drills.participants'],
			// Five places: a bare 参与人数 under 五进 says none of them.
			五进: ['five.enterprise_events', 'five.school_events', 'unmapped']
		});
	});

	it('a title naming one activity over columns of others, or naming none, says nothing of a bare measure', async () => {
		const r = processFile({
			name: `2024年汇总.${format}`,
			bytes: await workbook(
				[
					{ name: 'Sheet1', title: '2024年安全生产月暨安全生产万里行活动统计表', columns: ['咨询日参与人次', '演练场次', '场次'] },
					{ name: 'Sheet2', title: '2024年安全生产月活动统计表', columns: ['场次', '参与人次'] }
				],
				format
			)
		});
		expect(byColumn(r)).toEqual({
			Sheet1: ['consult.participants', 'drills.events', 'unmapped'],
			Sheet2: ['unmapped', 'unmapped']
		});
	});
});
