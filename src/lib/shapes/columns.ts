/**
 * What a table column is, from its header: the unit, the region, a year, a
 * row number, notes, contact details — or, by elimination, a measure.
 */
export type ColumnRole =
	| 'row-number'
	| 'unit'
	| 'region'
	| 'year'
	| 'activity'
	| 'metric-name'
	| 'value'
	| 'measure-unit'
	| 'filed-on'
	| 'note'
	| 'contact'
	/** A 合计 column of a wide table (the sum of its row's other columns): no metric of its own. */
	| 'total-column'
	| 'measure';

const squash = (s: string) => s.normalize('NFKC').replace(/[\s"'“”‘’]/g, '');

/** The usual names of a township column: 乡镇, 镇（街道）, 乡镇/街道 … */
const TOWNSHIP_NAMES = String.raw`乡镇|乡|镇|街道|镇街|乡镇街道|镇办|乡\(镇\)|镇\(街道\)|乡镇\(街道\)|街道\(乡镇\)|乡\(镇、街道\)|乡镇\(街道、场\)|乡镇\/街道|镇\/街道|乡镇\(场\)|乡镇\(街道办\)`;
const TOWNSHIP = new RegExp(`^(${TOWNSHIP_NAMES})(名称)?$`);

const ROLES: [ColumnRole, RegExp][] = [
	['row-number', /^(序号|编号|No\.?|#)$/i],
	// 所属乡镇 / 所在街道: the township a unit belongs to, a region (the unit is in another column).
	['region', new RegExp(`^(所属|所在)(${TOWNSHIP_NAMES})(名称)?$`)],
	['region', /^(所属|所在)?(县区|县\(区\)|县\(市、区\)|县\(市区\)|县\(市\)|市\(州\)|县市区|区县|县\(市\)区|地区|区域|市州|行政区划|地市|县市)(名称)?$/],
	['unit', /^(单位|单位名称|填报单位|填报单位名称|部门|单位\(部门\)|部门\(单位\)|单位\(部门\)名称|部门名称|监管所|企业名称|责任单位|报送单位)$/],
	// 乡镇 / 镇（街道）/ 乡镇名称 / 街道（乡镇）名称 …: a township column under any of its usual names.
	['unit', TOWNSHIP],
	['year', /^(年度|年份|年|统计年度)$/],
	['activity', /^(活动|活动项目|活动名称|活动类别|活动类型|项目类别)$/],
	['metric-name', /^(指标|指标名称|统计指标|项目|内容|统计项目|指标项|统计内容|指标内容|指标项目)$/],
	['value', /^(数值|数量|值|完成数|完成数量|完成值|统计数|统计值|指标值|数|数据|合计数|完成情况|进展情况)$/],
	['measure-unit', /^(计量单位|单位\(计量\)|量词)$/],
	['filed-on', /^(填报日期|填报时间|日期|报送日期)$/],
	['note', /^(备注|说明|备考|附注|其他说明)$/],
	['contact', /^(联系人|填报人|联系电话|电话|手机|负责人|审核人|经办人)$/]
];

/*
 * Key headers as other offices word them, matched with their brackets, 、 and / taken out:
 * 区（县）, 县（市、区）, 市（县、区） name a county-level region; 镇（街）, 街镇, 乡镇（街道、园区） townships;
 * 部门（单位）名称, 单位/部门, 学校名称, 村（社区） units. A （盖章） note is no part of a header.
 */
const STAMP_NOTE = /\((盖章|公章|签章)\)/g;
const BRACKETS = /[()、/]/g;
const LOOSE_REGION = /^(所属|所在)?[县区市州旗]{2,4}(名称)?$|^(所属|所在)(县|区|市|州|旗|地区|区域)$/;
const LOOSE_TOWNSHIP = /^(乡|镇|街道|街)(乡|镇|街道|街|办|场|园区)*(名称)?$/;
const LOOSE_UNIT = /^((填报|报送|责任|成员|行业|监管|基层)?(单位|部门)+(名称)?|村社区|村居)$/;
/** A kind of unit heading its names: 社区, 所属企业, 医疗机构, 学校名称 … (under a group header, a place counted: 进社区). */
const UNIT_KIND = /^(所属|下属|基层|成员|参报)?(学校|企业|公司|社区|村|村社区|村居|机构|医院|医疗机构|医疗卫生机构|卫生院|场所)(名称)?$/;
const LOOSE_YEAR = /^(统计|报告|所属)(年度|年份)$/;

function looseRole(h: string): ColumnRole | null {
	const t = h.replace(STAMP_NOTE, '').replace(BRACKETS, '');
	if (LOOSE_REGION.test(t)) return 'region';
	if (LOOSE_TOWNSHIP.test(t) || LOOSE_UNIT.test(t) || UNIT_KIND.test(t)) return 'unit';
	if (LOOSE_YEAR.test(t)) return 'year';
	return null;
}

/** A header naming a kind of unit (社区, 企业, 医疗机构): under a group header it names what is counted, not the rows. */
export function isUnitKind(header: string): boolean {
	return UNIT_KIND.test(squash(header).replace(STAMP_NOTE, '').replace(BRACKETS, ''));
}

/** Roles of header texts seen: every shape's scorer asks for each cell near the top of every sheet. Bounded. */
const ROLE_OF = new Map<string, ColumnRole>();

export function columnRole(header: string): ColumnRole {
	let role = ROLE_OF.get(header);
	if (role === undefined) {
		role = roleOf(squash(header));
		if (ROLE_OF.size >= 10_000) ROLE_OF.clear();
		ROLE_OF.set(header, role);
	}
	return role;
}

function roleOf(h: string): ColumnRole {
	for (let i = 0; i < ROLES.length; i++) if (ROLES[i][1].test(h)) return ROLES[i][0];
	return looseRole(h) ?? 'measure';
}

/** A unit-role header that names townships (乡镇, 街道 …): a region when the table has a 单位 column too. */
export function isTownshipHeader(header: string): boolean {
	const h = squash(header);
	return TOWNSHIP.test(h) || LOOSE_TOWNSHIP.test(h.replace(STAMP_NOTE, '').replace(BRACKETS, ''));
}

/** 全县 / 全市 … alone: the whole area, a grand total (全县应急管理局 is a unit). */
const WHOLE_AREA = /^全(省|市|州|盟|县|区|旗|镇|乡|街道|系统|行业)$/;

/** 全县 / 全市 … alone: in a region cell beside a unit's name, the unit's area rather than a total. */
export function isWholeArea(text: string): boolean {
	return WHOLE_AREA.test(squash(text));
}

/** A total label without its decorations: 合计： → 合计, 小计（环县） → 小计, 合计(全县) → 合计. */
function totalWord(text: string): { word: string; scope: string } {
	let t = squash(text).replace(/[:：]$/, '');
	let scope = '';
	const m = /^(.+?)\(([^()]+)\)$/.exec(t);
	if (m) {
		t = m[1];
		scope = m[2];
	}
	return { word: t, scope };
}

/** 小计 / 合计 / 总计 rows are not units. */
export function totalKind(text: string): 'subtotal' | 'total' | null {
	const t = totalWord(text).word;
	if (/^(小计|分计|[\u4e00-\u9fa5]{0,8}小计)$/.test(t)) return 'subtotal';
	if (/^(合计|总计|共计|总合计|汇总|总数|累计|合计数|全县合计|全市合计|全区合计|[\u4e00-\u9fa5]{0,8}(合计|总计))$/.test(t) || WHOLE_AREA.test(t)) return 'total';
	return null;
}

/**
 * The region a total row sums, from its label: 环县合计 / 小计（环县） → 环县;
 * '' for a grand total (合计, 全县总计, 合计（全县）) or a label naming none (小计).
 */
export function totalScope(text: string): string {
	if (!totalKind(text)) return '';
	const { word, scope } = totalWord(text);
	const prefix = word.replace(/(小计|分计|合计|总计|共计|合计数)$/, '');
	const named = scope || (prefix === word ? '' : prefix);
	return WHOLE_AREA.test(named) || /^(总|全)$/.test(named) ? '' : named;
}

/** A footnote under a table: 注：…, 说明：…, 填表说明 …, or its signature line (填表人：… 审核人：… 联系电话：…). */
export function isFootnote(text: string): boolean {
	const t = text.trim();
	return /^(注|备注|说明|填表说明|填报说明|填表人|填报人|制表人|审核人|联系人|联系电话|单位负责人|负责人|统计人)\s*[:：]/.test(t) || /^注\d*[、.．]/.test(t);
}
