/**
 * One unit's table with its items down and their measures across (`活动类别 | 工作内容 | 场次 | 参与人次 | 备注`), no
 * unit column, signed by a 填报单位 line above or below: each count is its row's item in its column's measure. Generated
 * members — the item column's header (工作内容, 活动内容, none), an activity column or not, a 序号 column or not, the
 * measure headers (场次 | 人次, 场次 | 参与人数, 次数 | 人数, 场次（场） | 参与人次), a 备注 column, the filing line
 * above or below — each as .xlsx and .xls. Such files yielded nothing (no table recognized).
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { sheetsBytes } from '../fixtures/sheet-files';

const ITEM_HEADERS = ['工作内容', '活动内容', ''];
const MEASURES = [
	['场次', '人次'],
	['场次', '参与人数'],
	['次数', '人数'],
	['场次（场）', '参与人次']
];
const UNIT = '柏林县城北供电所';

/** activity, item, metric of its sessions, metric of its participants. */
const ITEMS: [string, string, string, string][] = [
	['学习教育', '中心组专题学习', 'study.group_sessions', 'study.group_participants'],
	['学习教育', '网络课堂培训', 'study.online_sessions', 'study.online_participants'],
	['警示教育', '观看事故警示教育片', 'warning.film_sessions', 'warning.film_participants'],
	['应急演练', '灾害避险逃生演练', 'drills.events', 'drills.participants'],
	['宣传咨询', '安全宣传咨询活动', 'consult.events', 'consult.participants']
];

function table(seed: number) {
	const itemHeader = ITEM_HEADERS[seed % ITEM_HEADERS.length];
	const measures = MEASURES[seed % MEASURES.length];
	const activity = seed % 2 === 0;
	const numbered = seed % 3 === 1;
	const notes = seed % 2 === 1;
	const below = seed % 4 >= 2;
	const header = [...(numbered ? ['序号'] : []), ...(activity ? ['活动类别'] : []), itemHeader || null, ...measures, ...(notes ? ['备注'] : [])];
	const width = header.length;
	const line = `填报单位：${UNIT}      填报日期：2023年6月26日`;
	const rows: (string | number | null)[][] = [['2023年“安全生产月”活动情况统计表']];
	if (!below) rows.push([line]);
	rows.push(header);
	const want: Record<number, string> = {};
	ITEMS.forEach(([act, item, sessions, people], i) => {
		const s = 2 + ((seed + i) % 9);
		const p = 100 + seed * 40 + i * 11;
		want[s * 1000 + p] = `${sessions}+${people}`;
		rows.push([...(numbered ? [String(i + 1)] : []), ...(activity ? [act] : []), item, s, p, ...(notes && i === 1 ? ['线上'] : [])]);
	});
	if (below) rows.push([], [line]);
	const merges: [number, number, number, number][] = [[0, 0, 0, width - 1]];
	merges.push(below ? [rows.length - 1, 0, rows.length - 1, width - 1] : [1, 0, 1, width - 1]);
	return { about: `${header.map((h) => h ?? '(blank)').join('|')}, filing ${below ? 'below' : 'above'}`, rows, merges };
}

describe('one unit’s items down, their measures across', () => {
	for (let seed = 0; seed < 8; seed++) {
		const t = table(seed);
		for (const format of ['xlsx', 'xls'] as const)
			it(`${t.about} (.${format})`, async () => {
				const bytes = await sheetsBytes([{ name: 'Sheet1', rows: t.rows, merges: t.merges }], format);
				const r = processFile({ name: `统计.${format}`, bytes });
				expect(r.error).toBeNull();
				expect(r.filings.map((f) => [f.unit, f.year])).toEqual([[UNIT, 2023]]);
				// Each row's two counts on its item's sessions and participants, in the cells they were typed in.
				const byRow = new Map<string, Record<string, number>>();
				for (const f of r.facts) {
					expect(f.status).toBe('ok');
					const row = f.cell.replace(/^[A-Z]+/, '');
					byRow.set(row, { ...byRow.get(row), [f.metricId!]: f.value! });
				}
				const first = t.rows.findIndex((row) => row.includes(ITEMS[0][1]));
				ITEMS.forEach(([, , sessions, people], i) => {
					const row = t.rows[first + i];
					const numbers = row.filter((v): v is number => typeof v === 'number');
					expect(byRow.get(String(first + i + 1))).toEqual({ [sessions]: numbers[0], [people]: numbers[1] });
				});
				expect(r.facts).toHaveLength(ITEMS.length * 2);
				for (const s of readWorkbook(bytes, `统计.${format}`).sheets) expect(unaccountedCells(s, r.ledger)).toEqual([]);
			});
	}

	it('measures across over rows naming units stay a summary table’s, not one unit’s', async () => {
		const rows = [['单位', '场次', '人次'], ['城关镇', 3, 40], ['河口镇', 5, 60]];
		const r = processFile({ name: '汇总.xlsx', bytes: await sheetsBytes([{ name: 'Sheet1', rows, merges: [] }], 'xlsx') });
		expect([...new Set(r.facts.map((f) => f.unit))].sort()).toEqual(['城关镇', '河口镇']);
		// 场次 | 参与人次 under a group header, a blank over the township column and a 小计 under it: a wide table's leaves.
		const grouped = [['2023年“安全生产月”活动汇总表'], ['县区', '乡镇', '应急演练', null], [null, null, '场次', '参与人次'], ['华池县', '柔远镇', 3, 420], [null, '小计', 3, 420]];
		const g = processFile({ name: '汇总.xlsx', bytes: await sheetsBytes([{ name: 'Sheet1', rows: grouped, merges: [[0, 0, 0, 3], [1, 2, 1, 3], [1, 0, 2, 0], [1, 1, 2, 1]] }], 'xlsx') });
		expect(g.facts.map((f) => [f.unit, f.metricId, f.value])).toEqual([
			['柔远镇', 'drills.events', 3],
			['柔远镇', 'drills.participants', 420]
		]);
	});
});
