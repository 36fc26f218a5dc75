import type { CheckCode, CheckLevel, Text } from './types';

/** Thresholds of the outlier rule (kept here so the stated rule and the code cannot drift apart). */
export const OUTLIER = {
	/** The value must exceed this many times each baseline median. */
	factor: 10,
	/** … and this in absolute terms (small counts jump around; 3 → 40 is no typo). */
	minValue: 100,
	/** A unit's history counts as a baseline with at least this many other years. */
	minYears: 2,
	/** The same year's peers count as a baseline with at least this many other units. */
	minPeers: 4
} as const;

/**
 * Ceilings of the implausible-count rule: what a grassroots unit (a township, a bureau, a company)
 * could report in one month, per family; a county's, a city's and a province's grow by levelFactor.
 */
export const PLAUSIBLE = {
	perFamily: { P: 500_000, S: 10_000, H: 100_000, M: 10_000, C: 10_000 },
	levelFactor: { grassroots: 1, county: 10, city: 100, province: 1000 },
	levelName: {
		grassroots: { zh: '一个基层单位（乡镇、街道、部门、企业）', en: 'a grassroots unit (township, bureau, company)' },
		county: { zh: '一个县（区）', en: 'a county' },
		city: { zh: '一个市', en: 'a city' },
		province: { zh: '一个省', en: 'a province' }
	}
} as const;

export interface Rule extends Text {
	level: CheckLevel;
	/** Short name for a filter chip. */
	name: Text;
}

/** Every check's rule in words, for the "why" of each warning and for the filter list. */
export const RULES: Record<CheckCode, Rule> = {
	'participants.below-sessions': {
		level: 'warning',
		name: { zh: '参与人次少于场次', en: 'Participants below sessions' },
		zh: '同一行（填报表的同一单元格、汇总表的同一行、明细表的同一单位同一年）中，某项活动的参与人次少于其场次/次数（例如开展咨询活动 12 场、参与 5 人次）。每场活动至少有一人参加，这通常是两个数填反了或漏写了。',
		en: 'On the same line (the same cell of a form, the same row of a summary table, the same unit and year of a long table), an activity has fewer participants than sessions (e.g. 12 consultation events, 5 participants). Every session has at least one participant, so the two numbers are usually swapped or one is incomplete.'
	},
	'value.negative': {
		level: 'warning',
		name: { zh: '负数', en: 'Negative number' },
		zh: '场次、人次、篇数等都是计数，不能为负数。',
		en: 'Sessions, participants, articles and the like are counts and cannot be negative.'
	},
	'value.outlier': {
		level: 'warning',
		name: { zh: '异常偏大的数值', en: 'Value far out of line' },
		zh: `数值大于 ${OUTLIER.minValue}，并且超过每一个可用基准的 ${OUTLIER.factor} 倍：该单位其他年度同一指标的中位数（至少 ${OUTLIER.minYears} 个其他年度），以及同一年度其他单位同一指标的中位数（至少 ${OUTLIER.minPeers} 个其他单位）。只有一个基准可用时只比较这一个。常见原因：多写了零、把“万人”当成“人”。`,
		en: `The value is above ${OUTLIER.minValue} and more than ${OUTLIER.factor}× every available baseline: the median of the same metric in the unit's other years (at least ${OUTLIER.minYears} other years), and the median of the same metric across the other units of the same year (at least ${OUTLIER.minPeers} other units). With only one baseline available, only that one is compared. Usual causes: extra zeros, 万人 taken for 人.`
	},
	'value.implausible': {
		level: 'warning',
		name: { zh: '超出常理的数值', en: 'Implausibly large count' },
		zh: `数值超过同类单位一个月内所能报的上限：基层单位（乡镇、街道、部门、企业）参与人次 ${PLAUSIBLE.perFamily.P}、场次 ${PLAUSIBLE.perFamily.S}、隐患 ${PLAUSIBLE.perFamily.H}、宣传品/稿件 ${PLAUSIBLE.perFamily.M}、其他计数 ${PLAUSIBLE.perFamily.C}；县（区）为其 ${PLAUSIBLE.levelFactor.county} 倍，市 ${PLAUSIBLE.levelFactor.city} 倍，省 ${PLAUSIBLE.levelFactor.province} 倍（级别按单位名称判断）。不需要其他单位或其他年度作比较。常见原因：多写了零、把“万人次”当成“人次”。`,
		en: `The value is above what a unit of its kind could report in a month: for a grassroots unit (township, bureau, company) ${PLAUSIBLE.perFamily.P} participants, ${PLAUSIBLE.perFamily.S} sessions, ${PLAUSIBLE.perFamily.H} hazards, ${PLAUSIBLE.perFamily.M} media items, ${PLAUSIBLE.perFamily.C} other counts; ${PLAUSIBLE.levelFactor.county}× that for a county, ${PLAUSIBLE.levelFactor.city}× for a city, ${PLAUSIBLE.levelFactor.province}× for a province (the level is read from the unit's name). No other unit or year is needed to compare. Usual causes: extra zeros, 万人次 taken for 人次.`
	},
	'total.mismatch': {
		level: 'warning',
		name: { zh: '小计/合计不符', en: 'Total disagrees' },
		zh: '汇总表中小计或合计行写明的数与其上方各单位行之和不一致。小计/合计行不计入统计，看板用各单位的数重新汇总。',
		en: 'A 小计 (subtotal) or 合计 (total) row of a summary table states a number that differs from the sum of the unit rows it covers. Total rows are never counted; the dashboard sums the unit rows itself.'
	},
	'filing.same-date': {
		level: 'warning',
		name: { zh: '同日重复填报', en: 'Two filings, same date' },
		zh: '同一单位、同一地区、同一年度有两份来自不同文件或工作表的填报，且填报日期相同（或都未注明日期，文件名和文件保存日期也无从判断）。通常以填报日期最晚的为准；日期相同时无法判断，程序暂按最后导入的那一份计，其余标为“已被替代”（仍可查看），并请您确认哪一份为准、移除不用的文件。',
		en: 'The same unit, region and year has two filings from different files or sheets with the same filing date (or none states one, and neither the file names nor the saved dates tell). Normally the latest filing date counts; on equal dates that cannot decide, so for now the one imported last counts and the others are marked superseded (still shown), and you are asked to pick the right one and remove the file(s) you do not want.'
	},
	'year.unknown': {
		level: 'warning',
		name: { zh: '年度未知', en: 'Year unknown' },
		zh: '文件的标题、文件名、填报日期和表格中都没有写明年度，这些数据无法按年度统计。请在文件列表中为该文件指定年度。',
		en: "Neither the file's title, name, filing date nor its table states a year, so its data cannot be counted by year. Set the file's year in the file list."
	},
	'unit.similar': {
		level: 'info',
		name: { zh: '单位名称相近', en: 'Similar unit names' },
		zh: '同一地区内两个单位名称几乎相同：去掉地区前缀和“人民政府/政府/街道办事处/办事处/街道办”以及末尾的“乡/镇/街道”后相同（如正宁县山河镇人民政府与山河镇），或名称至少 4 个字且只差一个字（数字、方位字之差除外）。出现在同一张表中的两个名称不会被提议合并。是否合并由您决定。',
		en: 'Two units of the same region have nearly the same name: equal once the region prefix, 人民政府/政府/街道办事处/办事处/街道办 and a final 乡/镇/街道 are removed (e.g. 正宁县山河镇人民政府 and 山河镇), or names of at least 4 characters differing in one character (other than a numeral or a direction). Names listed side by side in the same table are never proposed. You decide whether to merge them.'
	}
};

export function ruleText(code: CheckCode): Text {
	return { zh: RULES[code].zh, en: RULES[code].en };
}
