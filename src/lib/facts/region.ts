/**
 * Region (县/区/市 …) when a file has no region column: from the unit's own
 * name (`正宁县山河镇人民政府` → 正宁县) or the file's name (`附件2-如皋市搬经镇….xls` → 如皋市).
 */

// A place name of 2–6 characters ending in a division suffix. 自治县/自治州/新区/林区 etc. first.
const DIVISION = /([\u4e00-\u9fa5]{1,6}?(?:自治县|自治州|自治旗|新区|林区|特区|地区|[省市县区旗盟州]))/g;

/** Words that end in 市/区/县 … but are not places. */
const NOT_PLACE_AFTER = /^(场|政|民|委|直|级|容|内|域|划|属|长|镇|辖|管|监)/;
const NOT_PLACE_WORDS = /(社区|小区|园区|景区|厂区|矿区|校区|城区|街区|片区|辖区|山区|库区|牧区|营区|老区|灾区|全区|全县|全市|本市|本县|本区|各区|各县|各市|城市|都市|超市|门市|夜市|股市|集市|早市|菜市|县区|市县|区县|地区)$/;

function placesIn(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(DIVISION)) {
		const place = m[1];
		const after = text.slice((m.index ?? 0) + m[0].length);
		if (NOT_PLACE_AFTER.test(after) && !/^(政府|人民政府)/.test(after.replace(/^(市|县|区)/, ''))) {
			// e.g. 宝平市|场监管所: "市场" is a word, not 宝平市.
			if (/^场/.test(after)) continue;
		}
		if (NOT_PLACE_WORDS.test(place)) continue;
		if (place.length < 2) continue;
		out.push(place);
	}
	return out;
}

/** The first (outermost) place named at the start of a unit's name, or ''. */
export function regionFromUnitName(unit: string): string {
	const name = unit.replace(/\s+/g, '');
	const m = /^([\u4e00-\u9fa5]{1,6}?(?:自治县|自治旗|新区|林区|特区|[市县区旗]))(?!场)/.exec(name);
	if (!m) return '';
	const place = m[1];
	// The unit *is* the place's own office only when more follows (正宁县山河镇…, 海城市腾鳌镇…).
	if (place.length < 2 || NOT_PLACE_WORDS.test(place) || name.length <= place.length) return '';
	return place;
}

/** A place named in a file name, ignoring 附件N and dates, or ''. */
export function regionFromFileName(fileName: string): string {
	const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
	const cleaned = base.replace(/附件\s*\d+/g, '').replace(/\d{4}年?/g, '').replace(/[（(][^）)]*[)）]/g, '');
	return placesIn(cleaned)[0] ?? '';
}
