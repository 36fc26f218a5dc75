/**
 * Region (县/区/市 …) when a file has no region column: from the unit's own
 * name (`正宁县山河镇人民政府` → 正宁县) or the file's name (`附件2-如皋市搬经镇….xls` → 如皋市).
 */

// A place name of 2–6 characters ending in a division suffix. 自治县/自治州/新区/林区 etc. first.
const DIVISION = /([\u4e00-\u9fa5]{1,6}?(?:自治县|自治州|自治旗|新区|林区|特区|地区|[省市县区旗盟州]))/g;

/**
 * A township whose name holds a division word (陬市镇, 新市镇, 河市乡): the 市 is part of the township,
 * not a city. 乡镇 / 乡村 after a county (桃源县乡镇汇总, 正宁县乡村振兴局) are words, not a township.
 */
const TOWNSHIP_AFTER = String.raw`(?:镇|乡)(?!镇|乡|村|企业|街)`;

/** Words that end in 市/区/县 … but are not places. */
const NOT_PLACE_AFTER = new RegExp(`^(场|容|域|划|属|长|辖|${TOWNSHIP_AFTER})`);
const NOT_PLACE_WORDS = /^(社区|小区|园区|景区|厂区|矿区|校区|城区|街区|片区|辖区|山区|库区|牧区|营区|老区|灾区|全区|全县|全市|本市|本县|本区|各区|各县|各市|城市|都市|超市|门市|夜市|股市|集市|早市|菜市|县区|市县|区县|地区)$/;

function placesIn(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(DIVISION)) {
		const place = m[1];
		const after = text.slice((m.index ?? 0) + m[0].length);
		if (NOT_PLACE_AFTER.test(after)) continue; // 宝平市|场监管所: 市场 is a word, not 宝平市
		if (NOT_PLACE_WORDS.test(place) || place.length < 2) continue;
		out.push(place);
	}
	return out;
}

// 市政工程 / 市政设施 are municipal works, not a 市 (县政务服务中心, 市政府, 区政法委 are places).
const LEADING_DIVISION = new RegExp(
	String.raw`^([\u4e00-\u9fa5]{1,10}?(?:自治县|自治旗)|[\u4e00-\u9fa5]{1,6}?(?:新区|林区|特区|[省市县区旗]))(?!场|政(?:工程|设施|公用|园林|道路|养护)|${TOWNSHIP_AFTER})`
);

/** 东关社区, 工业园区: a word ending like a division that names no division. */
const NOT_PLACE_SUFFIX = /(社区|小区|园区|景区|厂区|矿区|校区|街区|片区|辖区|山区|库区|牧区|营区|灾区|城区)$/;

/** A division's name with a township or village inside it (山河镇工业区) is the lower level running on. */
const LOWER_LEVEL_INSIDE = /^.+(镇|乡|村|街道).+(?:新区|林区|特区|[省市县区旗])$/;
/** 东乡族自治县: an ethnic group's name may hold 乡 or 村. */
const AUTONOMOUS = /(自治县|自治旗)$/;

function isLeadingPlace(place: string): boolean {
	if (place.length < 2 || NOT_PLACE_WORDS.test(place)) return false;
	return AUTONOMOUS.test(place) || (!NOT_PLACE_SUFFIX.test(place) && !LOWER_LEVEL_INSIDE.test(place));
}

/**
 * The place a unit's name starts with, or ''. Chained divisions give the
 * innermost one (`庆阳市西峰区肖金镇` → 西峰区), the level a clerk compares.
 */
export function regionFromUnitName(unit: string): string {
	let rest = unit.replace(/\s+/g, '');
	let found = '';
	for (let m = LEADING_DIVISION.exec(rest); m; m = LEADING_DIVISION.exec(rest)) {
		const place = m[1];
		if (!isLeadingPlace(place)) break;
		if (!place.endsWith('省')) found = place; // a province alone is too coarse to compare
		rest = rest.slice(place.length);
	}
	// The unit must be more than the place itself (西峰区 alone names a region, not its office).
	return rest.length > 0 ? found : '';
}

/** The first place a text names (a title such as `2022年西峰区“安全生产月”活动统计表`), or ''. */
export function placeIn(text: string): string {
	const cleaned = text.replace(/附件\s*\d+/g, '').replace(/\d{4}\s*年?/g, '').replace(/[（(][^）)]*[)）]/g, '');
	return placesIn(cleaned)[0] ?? '';
}

/** A place named in a file name, ignoring folders, 附件N, dates and bracketed notes, or ''. */
export function regionFromFileName(fileName: string): string {
	return placeIn(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
}

/** A township-level place (山河镇, 五顷塬回族乡, 西街街道) standing after a county in a name. */
const LEADING_TOWNSHIP = /^([\u4e00-\u9fa5]{1,8}?(?:街道|镇|乡))(?!村|镇|企业)/;

/**
 * The places a name starts with, outermost first: `庆阳市正宁县山河镇人民政府`
 * → [庆阳市, 正宁县, 山河镇]; `山河镇` → [山河镇]; `宁县` → [宁县]. Read only
 * from the start, never from the end (正宁县 does not hold 宁县).
 */
export function leadingPlaces(name: string): string[] {
	let rest = name.replace(/\s+/g, '');
	const out: string[] = [];
	for (;;) {
		const m = LEADING_DIVISION.exec(rest);
		if (!m || !isLeadingPlace(m[1])) break;
		out.push(m[1]);
		rest = rest.slice(m[1].length);
	}
	const town = LEADING_TOWNSHIP.exec(rest);
	if (town && !/^(?:乡|镇)/.test(town[1])) out.push(town[1]);
	return out;
}

/** 省 0, 市/州/盟/地区 1, 县/区/旗 2, 乡/镇/街道 3; -1 when the name ends in no division word. */
export function divisionLevel(place: string): number {
	if (/省$/.test(place)) return 0;
	if (/(?:自治州|地区|[市州盟])$/.test(place)) return 1;
	if (/(?:自治县|自治旗|新区|林区|特区|[县区旗])$/.test(place)) return 2;
	if (/(?:街道|[乡镇])$/.test(place)) return 3;
	return -1;
}
