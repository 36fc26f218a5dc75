/**
 * Key columns worded by the kind of unit listed (社区, 所属企业, 医疗机构, 村（社区）) and regions by where they are
 * (所在县, 所在区, and a 街道 column beside 社区), in summary tables and long tables, as real .xlsx/.xls/GBK .csv files;
 * 社区 or 企业 under a group header (安全宣传“五进” over 企业 | 社区) is a place counted, never the unit column.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { ledgerDefects, unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { sheetsBytes } from '../fixtures/sheet-files';
import { makeWideFile, wideBytes } from '../fixtures/wide-classes';
import type { GridValue } from '../fixtures/variants';

const FORMATS = ['xlsx', 'xls', 'csv-gbk'] as const;

async function facts(name: string, bytes: Uint8Array) {
	const r = processFile({ name, bytes });
	expect(r.error).toBeNull();
	const wb = readWorkbook(bytes, name);
	for (const sheet of wb.sheets) expect(unaccountedCells(sheet, r.ledger)).toEqual([]);
	expect(ledgerDefects(wb.sheets, r.ledger)).toEqual({ duplicated: [], notACell: [] });
	return r;
}

describe('unit and region columns named by kind and place', () => {
	const PAIRS: [string, string][] = [
		['所在县', '所属企业'],
		['街道', '社区'],
		['县区', '医疗机构'],
		['所属县区', '社区名称'],
		['所在区', '村（社区）']
	];
	for (const [regionHeader, unitHeader] of PAIRS)
		for (const format of FORMATS)
			it(`${regionHeader} | ${unitHeader} (${format})`, async () => {
				for (const seed of [1, 2, 3]) {
					const f = makeWideFile(seed + 700, { regionHeader, unitHeader, region: 'repeated', format });
					const r = await facts(f.name, await wideBytes(f));
					const about = `${f.name} ${JSON.stringify(f.options)}`;
					expect(r.facts.filter((x) => x.metricId).map((x) => `${x.unit}|${x.region}|${x.year}|${x.metricId}|${x.value}`).sort(), about).toEqual([...f.expected].sort());
				}
			});

	for (const format of FORMATS)
		it(`a long table's 街道 | 社区: the 社区 is the unit, the 街道 its region (${format})`, async () => {
			const rows: GridValue[][] = [
				['年度', '街道', '社区', '活动', '指标', '数值'],
				[2025, '桐花街道', '枫林社区', '综合', '避险逃生演练（场）', 5],
				[2025, '桐花街道', '枫林社区', '综合', '演练参与（人次）', 1771],
				[2025, '凤鸣街道', '玉泉社区', '综合', '避险逃生演练（场）', 8],
				['合计', null, null, null, null, 13]
			];
			const name = `社区明细.${format === 'csv-gbk' ? 'csv' : format}`;
			const r = await facts(name, await sheetsBytes([{ name: '明细', rows, merges: [] }], format));
			expect(r.facts.filter((x) => x.metricId).map((x) => `${x.unit}|${x.region}|${x.year}|${x.metricId}|${x.value}`)).toEqual([
				'枫林社区|桐花街道|2025|drills.events|5',
				'枫林社区|桐花街道|2025|drills.participants|1771',
				'玉泉社区|凤鸣街道|2025|drills.events|8'
			]);
		});

	for (const format of ['xlsx', 'xls'] as const)
		it(`社区 under 安全宣传“五进” is a place counted, the 乡镇 the units (${format})`, async () => {
			const rows: GridValue[][] = [
				['华池县2023年安全生产月“五进”情况'],
				['乡镇', '安全宣传“五进”', null, null],
				[null, '企业', '社区', '学校'],
				['柔远镇', 3, 4, 5],
				['悦乐镇', 1, 2, 0]
			];
			const merges: [number, number, number, number][] = [[1, 0, 2, 0], [1, 1, 1, 3]];
			const r = await facts(`五进.${format}`, await sheetsBytes([{ name: '五进', rows, merges }], format));
			expect(new Set(r.facts.map((x) => x.unit))).toEqual(new Set(['柔远镇', '悦乐镇']));
			expect(r.facts).toHaveLength(6);
		});
});
