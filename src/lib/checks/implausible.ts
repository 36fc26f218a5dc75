/**
 * Counts far above anything a unit of its kind reports in one month, whatever
 * the other units say (the outlier rule needs peers or other years; this one
 * needs none): a township reporting two million participants, a bureau ten
 * thousand articles. The ceilings (PLAUSIBLE in rules.ts) are per family and
 * grow with the level of the unit — a town's, a county's, a city's, a province's.
 */
import type { Fact } from '../facts/fact';
import type { Family } from '../schema/index';
import type { Check } from './types';
import { PLAUSIBLE } from './rules';
import { makeCheck, metricName, placeOf, sourceOf, unitYear } from './source';

export type UnitLevel = 'grassroots' | 'county' | 'city' | 'province';

/** The level a unit's name says it works at: 省/厅 a province, 市 a city, 县/区/旗 a county; anything else is a grassroots unit (township, bureau, company, school …). */
export function unitLevel(unit: string): UnitLevel {
	const name = unit.replace(/[（(][^）)]*[)）]$/, '');
	if (/(省|自治区|厅)$|省(人民政府|政府|应急管理厅|住房和城乡建设厅|安委办|安委会)/.test(name)) return 'province';
	// A township or unit named after its place comes first: 正宁县山河镇人民政府 is a township.
	if (/(镇|乡|街道|村|社区|所|站|队|中心|公司|集团|学校|学院|医院|[小中大]学|项目部|车间)/.test(name.replace(/^.*?(市|县|区|旗)/, ''))) return 'grassroots';
	if (/(市|州|盟)(人民政府|政府|安委办|安委会|应急管理局|住房和城乡建设局|住建局|城管局|市场监督管理局|市场监管局|教育局)?$/.test(name) && !/(县|区|旗)/.test(name.replace(/^.*?(市|州|盟)/, ''))) return 'city';
	if (/(县|区|旗)/.test(name)) return 'county';
	return 'grassroots';
}

/** Counts of one unit and year far above the ceiling for its kind (only facts that count: status ok). */
export function implausibleValues(facts: Fact[]): Check[] {
	const checks: Check[] = [];
	for (const f of facts) {
		if (f.status !== 'ok' || f.value === null || f.family === null) continue;
		const base = PLAUSIBLE.perFamily[f.family as Exclude<Family, 'F' | 'T'>];
		if (base === undefined || !(f.value > base)) continue; // cheap first: most values are far below any ceiling
		const level = unitLevel(f.unit);
		const ceiling = base * PLAUSIBLE.levelFactor[level];
		if (!(f.value > ceiling)) continue;
		const who = unitYear(f);
		const m = metricName(f);
		const kind = PLAUSIBLE.levelName[level];
		checks.push(
			makeCheck(
				'value.implausible',
				{
					zh: `${who.zh}的“${m.zh}”为 ${f.value}，远超${kind.zh}一个月内通常能报的数（上限约 ${ceiling}），请核对是否多写了零或单位有误，见 ${placeOf(f)}。`,
					en: `${who.en}: "${m.en}" is ${f.value}, far above what ${kind.en} reports in a month (about ${ceiling} at most); check for extra zeros or a wrong unit, in ${placeOf(f)}.`
				},
				[sourceOf(f)],
				{ unit: f.unit, region: f.region, year: f.year }
			)
		);
	}
	return checks;
}
