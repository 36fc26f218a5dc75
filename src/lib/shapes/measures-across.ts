/**
 * One unit's table with its items down and their measures across (`活动类别 | 工作内容 | 场次 | 参与人次 | 备注`,
 * signed by a 填报单位 line): each count is its row's item in its column's measure — a form whose 进展情况 cell was
 * split into one column per measure. Read as the transposed reader reads one unit's figures by year.
 */
import type { Sheet } from '../read/workbook';
import { cellOrMaster, textAt } from '../read/workbook';
import { totalKind, type ColumnRole } from './columns';
import { MEASURE_VALUE } from './measure-column';
import { bodyTexts, looksLikeUnitName } from './orientation';

/** A column header that is only a measure, with or without what was done: 场次, 人次, 参与人数, 参演人次, 次数（次）. */
const MEASURE_HEADER = /^(参与|参加|参演|参训|参会|观看|受教育|覆盖|活动|开展|举办|组织|培训|演练|宣传)?(人数|人次|场次|次数|场数|期数|个数|处数|篇数)$/;

export function isMeasureHeader(text: string): boolean {
	const t = text.normalize('NFKC').replace(/\s/g, '').replace(/\((.{1,4})\)$/, '');
	return MEASURE_VALUE.test(t) || MEASURE_HEADER.test(t);
}

/**
 * The items' column when the header names measures only right of it (two at least) and words we do not know
 * (工作内容, 活动内容, nothing) over it: the nearest text column left of the first measure whose rows are no
 * unit names. undefined when the header is not so.
 */
export function namesBeforeMeasures(sheet: Sheet, r: number, roles: Map<number, ColumnRole>): number | undefined {
	const measures = [...roles].filter(([c, role]) => role === 'measure' && isMeasureHeader(textAt(sheet, r, c))).map(([c]) => c);
	if (measures.length < 2) return undefined;
	// 场次 | 参与人次 under a group header (应急演练) are a wide table's leaves, not one unit's measures.
	// (A title or 填报单位 line merged across the whole row over them is no group header.)
	const left = r > 0 ? cellOrMaster(sheet, r - 1, measures[0] - 1) : undefined;
	if (r > 0 && measures.some((c) => { const above = cellOrMaster(sheet, r - 1, c); return !!above && above.text.trim() !== '' && above !== left; })) return undefined;
	for (let c = measures[0] - 1; c >= 0; c--) {
		const role = roles.get(c);
		if (role && role !== 'measure' && role !== 'metric-name') continue; // 序号, 活动类别
		// Items, not units or places: one name of a unit (柔远镇, 县应急局) makes the rows units.
		const names = bodyTexts(sheet, r, c).filter((t) => !totalKind(t));
		if (names.length >= 2 && !names.some(looksLikeUnitName)) return c;
		return undefined;
	}
	return undefined;
}
