/**
 * Filing dates from every source (issue 17): the form's 填报日期, then a date in the file name,
 * then the workbook's saved date; filings that still cannot be ordered both stay visible and a
 * check asks the user to pick. Real workbooks (exceljs, SheetJS), read through processFile.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import { runChecks } from '../../src/lib/checks/index';
import { dateFromFileName } from '../../src/lib/facts/filing-date';
import { readWorkbook } from '../../src/lib/read/index';
import { quirkForm, QUIRK_UNIT, CONSULT } from '../fixtures/form-quirks';

const UNDATED = `填报单位（盖章）：${QUIRK_UNIT}    联系人：李明    电话：13800000000    填报日期：`;
const dated = (d: string) => `${UNDATED}${d}`;

async function form(name: string, header: string, participants: number, modified?: Date) {
	const bytes = await quirkForm({ header, modified, rows: [{ activity: '安全宣传咨询日', requirement: CONSULT, progress: `开展安全宣传咨询活动（2）场，参与（${participants}）人次` }] });
	const r = processFile({ name, bytes });
	expect(r.error).toBeNull();
	return r;
}

const counted = (facts: ReturnType<typeof resolveFilings>) => facts.filter((f) => f.status === 'ok').map((f) => [f.file, f.metricId, f.value]);

describe('a date in the file name', () => {
	it('reads （6月28日）, (6.28), -0628, 0628 and full dates; a full date of another year is none', () => {
		for (const name of ['山河镇统计表（6月28日）.xlsx', '山河镇(6.28).xlsx', '山河镇-0628.xlsx', '山河镇0628.xls', '山河镇2021.6.28.xlsx', '山河镇_20210628.xlsx'])
			expect(dateFromFileName(name, 2021), name).toBe('2021-06-28');
		for (const name of ['山河镇2020.6.28.xlsx', '山河镇统计表.xlsx', '电话13800001234.xlsx', '2021年统计-八里镇.xlsx']) expect(dateFromFileName(name, 2021), name).toBeNull();
	});

	it('an undated final filing whose file name says （6月28日） wins over the dated interim', async () => {
		const interim = await form('山河镇统计表.xlsx', dated('2021年6月8日'), 100);
		const final = await form('山河镇统计表（6月28日）.xlsx', UNDATED, 250);
		expect(final.filings.map((f) => f.filedOn)).toEqual(['2021-06-28']);
		expect(final.problems.map((p) => p.code)).toContain('filing.date-from-file-name');
		for (const order of [[interim, final], [final, interim]]) {
			const facts = resolveFilings(order);
			expect(counted(facts)).toEqual([
				['山河镇统计表（6月28日）.xlsx', 'consult.events', 2],
				['山河镇统计表（6月28日）.xlsx', 'consult.participants', 250]
			]);
			// The interim stays visible, superseded.
			expect(facts.filter((f) => f.status === 'superseded').map((f) => f.value)).toEqual([2, 100]);
			expect(runChecks(facts, order).map((c) => c.code)).not.toContain('filing.same-date');
		}
	});

	it('the form’s own 填报日期 comes first', async () => {
		const r = await form('山河镇统计表（6月28日）.xlsx', dated('2021年6月24日'), 250);
		expect(r.filings.map((f) => f.filedOn)).toEqual(['2021-06-24']);
		expect(r.problems.map((p) => p.code)).not.toContain('filing.date-from-file-name');
	});
});

describe('the workbook’s saved date', () => {
	it('dates an undated .xlsx from docProps/core.xml dcterms:modified (the day in China)', async () => {
		const interim = await form('山河镇统计表.xlsx', dated('2021年6月8日'), 100);
		// 2021-06-26 20:00 UTC is 6月27日 in Beijing.
		const final = await form('山河镇统计表-终.xlsx', UNDATED, 250, new Date(Date.UTC(2021, 5, 26, 20)));
		expect(readWorkbook(new Uint8Array(await quirkForm({ header: UNDATED, rows: [], modified: new Date(Date.UTC(2021, 5, 26, 20)) })), 'x.xlsx').savedOn).toBe('2021-06-27');
		expect(final.filings.map((f) => f.filedOn)).toEqual(['2021-06-27']);
		expect(final.problems.map((p) => p.code)).toContain('filing.date-from-saved');
		expect(counted(resolveFilings([final, interim])).map((f) => f[0])).toEqual(['山河镇统计表-终.xlsx', '山河镇统计表-终.xlsx']);
	});

	it('a saved date of another year (a file re-saved later) dates nothing', async () => {
		const r = await form('山河镇统计表.xlsx', UNDATED, 250, new Date(Date.UTC(2022, 2, 1)));
		expect(r.filings.map((f) => f.filedOn)).toEqual([null]);
	});

	it('dates an undated .xls from its summary information (SheetJS Props)', async () => {
		const xlsx = await quirkForm({ header: UNDATED, rows: [{ activity: '安全宣传咨询日', requirement: CONSULT, progress: '开展安全宣传咨询活动（2）场，参与（250）人次' }] });
		const wb = XLSX.read(xlsx, { type: 'array' });
		wb.Props = { ...(wb.Props ?? {}), ModifiedDate: new Date(Date.UTC(2021, 5, 25, 3)) };
		const xls = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xls' }));
		const r = processFile({ name: '山河镇统计表.xls', bytes: xls });
		expect(r.error).toBeNull();
		expect(r.filings.map((f) => f.filedOn)).toEqual(['2021-06-25']);
	});
});

describe('filings that still cannot be ordered', () => {
	it('both stay visible, the check asks the user to pick', async () => {
		const a = await form('山河镇统计表-甲.xlsx', UNDATED, 100);
		const b = await form('山河镇统计表-乙.xlsx', UNDATED, 250);
		const facts = resolveFilings([a, b]);
		expect(facts).toHaveLength(4);
		expect(facts.filter((f) => f.status === 'superseded').map((f) => f.file)).toEqual(['山河镇统计表-甲.xlsx', '山河镇统计表-甲.xlsx']);
		const checks = runChecks(facts, [a, b]).filter((c) => c.code === 'filing.same-date');
		expect(checks).toHaveLength(1);
		expect(checks[0].sources.map((s) => s.file)).toEqual(['山河镇统计表-甲.xlsx', '山河镇统计表-乙.xlsx']);
		expect(checks[0].zh).toContain('请确认哪一份为准');
		expect(checks[0].en).toContain('please pick');
	});
});
