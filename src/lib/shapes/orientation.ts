/**
 * Which way a table runs, told by what its cells say rather than by its corner word: a header row of
 * place or unit names (柔远镇 | 悦乐镇 | 合计) over rows naming metrics (应急演练（场）, 参演人次) is a
 * transposed table, whatever its corner says (乡镇, 项目＼乡镇, or nothing); a header of metrics over
 * rows of names is a wide one. Offices write the corner either way round, or leave it blank.
 */
import type { Sheet } from '../read/workbook';
import { cellOrMaster, textAt } from '../read/workbook';
import { matchMetric } from '../schema/match';
import { divisionLevel } from '../facts/region';
import { normalizeUnit } from '../facts/unit';
import { yearLabel } from '../facts/year';
import { parseNumber } from './numbers';
import { totalKind } from './columns';
import { MEASURE_VALUE } from './measure-column';

/** Rows looked at under a header. */
const MAX_BODY_SCAN = 30;

/** What an office, school or company is called by: 应急管理局, 第一中学, 建筑公司, 东关社区 … */
const UNIT_NAME_END = /(局|委|办|公司|集团|学校|[中小]学|学院|幼儿园|医院|社区|村|中心|所|站|队|厂|场|矿|馆|院|园区|开发区|管委会|政府|办事处)$/;
/** A measure or a counted thing: a name holding one is a metric's, never a unit's. */
const METRIC_WORD = /场次|人次|人数|次数|[（(](?:场|次|人|个|篇|条|处|家|项|件|部)[)）]|开展|组织|参与|参加|参演|参训|观看|演练|宣传|培训|咨询|排查|隐患|启动|学习|警示|举报|报道|稿件|专栏|活动|进(?:企业|农村|社区|学校|校园|家庭|机关|工地)/;

/** A unit's or a place's name: 柔远镇, 华池县, 县应急管理局, 1.柔远镇 … */
export function looksLikeUnitName(text: string): boolean {
	const t = normalizeUnit(text.replace(/^\s*\d{1,3}\s*[.、．]\s*/, ''));
	if (t.length < 2 || t.length > 24 || METRIC_WORD.test(t) || MEASURE_VALUE.test(t) || parseNumber(t) !== null) return false;
	return divisionLevel(t) >= 0 || UNIT_NAME_END.test(t);
}

/** A metric's name (one the schema knows, or one naming a measure). */
export function looksLikeMetric(text: string): boolean {
	const t = text.trim();
	if (!t || parseNumber(t) !== null || totalKind(t)) return false;
	return METRIC_WORD.test(t) || matchMetric(t) !== null;
}

/** Most of the texts (at least two) are of the kind asked. */
export function mostly(texts: string[], test: (t: string) => boolean): boolean {
	const named = texts.filter((t) => t.trim() !== '' && !totalKind(t));
	if (named.length < 2) return false;
	return named.filter(test).length * 3 >= named.length * 2;
}

/** Header cells right of `col` in row r (through merges), totals left out. */
export function headerTextsRightOf(sheet: Sheet, r: number, col: number): string[] {
	const out: string[] = [];
	for (let c = col + 1; c < sheet.colCount; c++) {
		const t = textAt(sheet, r, c, true).trim();
		if (t) out.push(t);
	}
	return out;
}

/** Texts of column c under row r (through merges, but not a header merged down into them), numbers and years (2022年, 一、2023年度: neither a unit nor a metric) left out. */
export function bodyTexts(sheet: Sheet, r: number, col: number): string[] {
	const out: string[] = [];
	for (let d = r + 1; d < Math.min(sheet.rows.length, r + 1 + MAX_BODY_SCAN); d++) {
		const c = cellOrMaster(sheet, d, col);
		if (!c || c.row <= r) continue;
		const t = c.text.trim();
		// Notes and signature lines under the table (注：…, 填表人：…) say nothing of either.
		if (t && parseNumber(t) === null && yearLabel(t) === null && !/[:：]/.test(t)) out.push(t);
	}
	return out;
}

/** Header texts that name units and a column under them that names metrics: units across, metrics down. */
export function unitsAcross(headers: string[], names: string[]): boolean {
	return mostly(headers, looksLikeUnitName) && !headers.some((h) => matchMetric(h) !== null) && mostly(names, looksLikeMetric);
}

/** A split corner's two words (项目＼乡镇, 乡镇⏎指标), or null. */
export function cornerParts(text: string): string[] | null {
	const parts = text.split(/[＼\\/／\r\n]+/).map((p) => p.trim()).filter((p) => p !== '');
	return parts.length === 2 ? parts : null;
}
