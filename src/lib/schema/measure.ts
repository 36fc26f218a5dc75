import type { Family } from './types';
import { canonLabel, MEASURE_WORDS } from './label';
import { foldParts } from './lexicon';
import { matchesOf } from '../base/matches';

/**
 * Which families a unit of measure allows. 次 is ambiguous (组织记者采访报道（）次 is M, 排查安全违法违规行为（）次
 * is H, 理论学习中心组学习（）次 is S); the order gives the preferred family for a generic leaf.
 * Money (元/万元), vehicles, boards, booklets, sets, batches and durations fit no metric of the schema.
 */
const FAMILIES_OF: Record<(typeof MEASURE_WORDS)[number], Family[]> = {
	人次: ['P'],
	人数: ['P', 'C'],
	人: ['P', 'C'],
	名: ['P', 'C'],
	场: ['S'],
	场次: ['S'],
	批次: ['S'],
	班次: ['S'],
	次数: ['S', 'M', 'H'],
	次: ['S', 'M', 'H'],
	条次: ['H', 'M'],
	个: ['M', 'C', 'H'],
	篇: ['M'],
	条: ['M', 'H'],
	部: ['M'],
	份: ['M', 'C'],
	处: ['H', 'C', 'M'],
	期: ['M', 'S'],
	家: ['C'],
	项: ['C', 'H'],
	件: ['H', 'M', 'C'],
	张: ['M'],
	幅: ['M'],
	所: ['C'],
	户: ['C'],
	台: ['C'],
	元: [],
	万元: [],
	辆次: [],
	车次: [],
	小时: [],
	分钟: [],
	辆: [],
	块: [],
	册: [],
	套: [],
	批: [],
	天: []
};

const ALT = MEASURE_WORDS.join('|');
const AFTER_SLOT = new RegExp(`#(${ALT})`, 'g');
const IN_BRACKETS = new RegExp(`\\((${ALT})\\)`, 'g');
/**
 * A trailing measure, also counted (篇数, 场数, 件数量): the unit says what a count of it is. A 场 that ends a
 * place's name (现场, 会场, 广场, 商场, 剧场, 考场 …) is the place, not sessions.
 */
const TRAILING = new RegExp(`(人次|场次|条次|人数|次数|(?<![现会广市商剧考赛球操农工机牧林渔道车])场|次|篇|部|(?:篇|场|期|件|条|部|个|处|项|家|份|张|幅)(?=数量?$))(?:数量?)?$`);
const CHECKBOX = /[□☑☐■☒]\s*[是否]|[是否]\s*[□☑☐■☒]|是#、?否#|是否/;
/** Rates, shares, averages and money: a number, but never a count of any metric (隐患整改率（%）). */
const NOT_A_COUNT = /[%‰]|率|比例|比重|占比|百分比|平均|人均|金额|资金|经费|奖金|费用|补贴|补助/;

/** A count in ten-thousands or thousands (（万人次）, （ ）万份): a number on another scale than the metric's. */
const SCALED = new RegExp(`(?:#|\\()[十百千万亿]+(?:${ALT}|\\))`);

function lastMatch(re: RegExp, s: string): { unit: string; index: number } | null {
	let found: { unit: string; index: number } | null = null;
	for (const m of matchesOf(re, s)) found = { unit: m[1], index: m.index };
	return found;
}

/**
 * The unit of measure a label states and the families it allows: a checkbox (□是□否) → F; otherwise the
 * measure after the LAST slot or in the last brackets (`…（ ）场，参与（ ）人次` → 人次), or a trailing
 * measure (`参与人次`, `场次`). A rate, share, sum of money or count in 万 allows no family. null when the label states none.
 */
/** Does the label state two measures (场/人次): a column of two counts, which no one metric is. */
export function twoMeasures(label: string): boolean {
	return measureOf(label)?.unit.includes('/') ?? false;
}

export function measureOf(label: string): { unit: string; families: Family[] } | null {
	let m = measures.get(label);
	if (m === undefined) {
		if (measures.size > 4096) measures.clear();
		measures.set(label, (m = measureOfUncached(label)));
	}
	return m && { unit: m.unit, families: [...m.families] };
}
const measures = new Map<string, { unit: string; families: Family[] } | null>();

function measureOfUncached(label: string): { unit: string; families: Family[] } | null {
	const c = foldParts(canonLabel(label));
	if (CHECKBOX.test(c)) return { unit: '', families: ['F'] }; // a yes/no question may well mention 经费
	const stated = kindCount(c) ?? statedMeasure(c);
	if (NOT_A_COUNT.test(c) || SCALED.test(c)) return { unit: stated?.unit ?? /[%‰]/.exec(c)?.[0] ?? '', families: [] };
	return stated;
}

/** Kinds of unit a count can be of (企业, 社区, 学校 …): 参与企业数 counts enterprises, not people. */
const KINDS = '企业|单位|社区|学校|农村|物业公司|物业|家庭|场所|医院|机关|乡镇|街道|门店';
const KIND_AFTER_SLOT = new RegExp(`#(个|家|所|户)(?:${KINDS})`, 'g');
const KIND_BEFORE_SLOT = new RegExp(`(?:${KINDS})\\)?#(个|家|所|户)`, 'g');
const KIND_TRAILING = new RegExp(`(?:${KINDS})(?:数量?|家数|个数|总数)$`);
/** A kind of unit right before a bracketed measure of units (进社区（个）, 进企业（处）): a count of them. */
const KIND_BRACKET = new RegExp(`(?:${KINDS})\\((个|家|所|户|处)\\)$`);
/** Households and schools are only ever counted as units (家庭参与户数, 学校所数). */
const UNITS_TRAILING = /(户|所)数量?$/;

/**
 * A count of units of a kind: the last slot followed by one (（ ）个企业开展…, （ ）家单位) or preceded by one
 * (物业（ ）个), or a leaf
 * ending in one with 数 (参与企业数, 社区个数). These are other counts (C), never people or sessions.
 */
function kindCount(c: string): { unit: string; families: Family[] } | null {
	const after = lastMatch(KIND_AFTER_SLOT, c);
	if (after && c.indexOf('#', after.index + 1) < 0) return { unit: after.unit, families: ['C'] };
	// …or preceded by one (村（社区）、物业（ ）个参与…, 学校（ ）所).
	const before = lastMatch(KIND_BEFORE_SLOT, c);
	if (before && c.indexOf('#', c.indexOf('#', before.index) + 1) < 0) return { unit: before.unit, families: ['C'] };
	if (c.lastIndexOf('#') < 0) {
		if (KIND_TRAILING.test(c.replace(/[()]/g, ''))) return { unit: '个', families: ['C'] };
		const bracket = KIND_BRACKET.exec(c) ?? UNITS_TRAILING.exec(c);
		if (bracket) return { unit: bracket[1], families: ['C'] };
	}
	return null;
}

/** Two measures of one column (场/人次, (场次、人数)): it may hold two counts, one per measure. */
const TWO_MEASURES = new RegExp(`(${ALT})[/／、,，和及](${ALT})\\)?$`);

function statedMeasure(c: string): { unit: string; families: Family[] } | null {
	const two = TWO_MEASURES.exec(c);
	if (two) {
		const [a, b] = [two[1], two[2]].map((u) => FAMILIES_OF[u as keyof typeof FAMILIES_OF]);
		// Disjoint families: two counts (场/人次); sharing one, one count in either unit (篇/条).
		if (!a.some((f) => b.includes(f))) return { unit: `${two[1]}/${two[2]}`, families: [...new Set([...a, ...b])] };
	}
	const a = lastMatch(AFTER_SLOT, c);
	const b = lastMatch(IN_BRACKETS, c);
	const best = a && b ? (a.index > b.index ? a : b) : (a ?? b);
	if (best) return { unit: best.unit, families: [...FAMILIES_OF[best.unit as keyof typeof FAMILIES_OF]] };
	const bare = c.replace(/[()#]/g, '');
	const t = bare.match(TRAILING);
	if (t) return { unit: t[1], families: [...FAMILIES_OF[t[1] as keyof typeof FAMILIES_OF]] };
	return null;
}

/**
 * Why a label's numbers go into no metric when its measure says so, or null when it may be a count. A
 * count in 万 or 千 (参与（万人次）) is not scaled: the metrics count single units and a fact keeps the number
 * its cell holds; mapping such a column by hand would sum 1.2 (万人次) as 1.2 people, so it gets no
 * suggestion — the reason asks for the plain count instead. Rates, shares and money are no counts; a few
 * units (辆, 块, 册 …) no metric is counted in.
 */
export function uncountedReason(label: string): { zh: string; en: string } | null {
	const m = measureOf(label);
	if (!m || m.families.length > 0) return null;
	const c = foldParts(canonLabel(label));
	if (NOT_A_COUNT.test(c) || /万元|元/.test(m.unit)) return { zh: '比率、占比、平均数或金额不是计数，不计入任何指标。', en: 'A rate, share, average or sum of money is no count and goes into no metric.' };
	const scaled = SCALED.exec(c)?.[0].replace(/^[#(]|\)$/g, '');
	if (scaled)
		return {
			zh: `以“${scaled}”计：数值以万或千为单位，指标按实数统计，不换算也不计入。请在原表中填写实数后重新导入，或忽略此列。`,
			en: `counted in ${scaled}: the values are in thousands or tens of thousands while the metrics count single units, so they are neither converted nor summed. Enter the plain count in the source and import it again, or ignore this column.`
		};
	return { zh: `没有以“${m.unit}”统计的指标，不计入。`, en: `No metric is counted in ${m.unit}; not summed.` };
}
