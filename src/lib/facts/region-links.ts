/**
 * Which region lies inside which, as far as the data says so — never from how
 * a name ends (宁县 does not hold 正宁县). The evidence:
 *  - a region's own name read from its start: 正宁县山河镇 lies in 正宁县;
 *  - a unit's name read from its start: 庆阳市西峰区肖金镇 puts 西峰区 in 庆阳市;
 *  - a region column beside a lower-level unit: unit 山河镇 with region 正宁县
 *    puts 山河镇 (when it is also a region) in 正宁县;
 *  - a roster or the user (passed in as links).
 */
import { divisionLevel, leadingPlaces } from './region';

export type RegionLinkSource = 'name' | 'unit' | 'roster' | 'user';

export interface RegionLink {
	child: string;
	parent: string;
	source: RegionLinkSource;
}

/** The regions a region's own name starts with (正宁县山河镇 → 正宁县; 庆阳市正宁县 → 庆阳市). */
function nameLinks(region: string): RegionLink[] {
	const places = leadingPlaces(region);
	if (places.join('') !== region || places.length < 2) return [];
	const out: RegionLink[] = [];
	// Every shorter prefix at a place boundary, and each place alone (庆阳市正宁县山河镇 → 庆阳市正宁县, 正宁县, 庆阳市).
	for (let i = 1; i < places.length; i++) {
		out.push({ child: region, parent: places.slice(0, i).join(''), source: 'name' });
		out.push({ child: region, parent: places[i - 1], source: 'name' });
	}
	return out;
}

/** Links read from units: consecutive places at the start of the name, and the filing's region above the first one. */
function unitLinks(unit: string, region: string): RegionLink[] {
	const places = leadingPlaces(unit);
	const out: RegionLink[] = [];
	for (let i = 1; i < places.length; i++) out.push({ child: places[i], parent: places[i - 1], source: 'unit' });
	const first = places[0];
	if (first && region && first !== region && divisionLevel(region) >= 0 && divisionLevel(first) > divisionLevel(region))
		out.push({ child: first, parent: region, source: 'unit' });
	return out;
}

/**
 * Links between the regions named in `regions`, from the regions' own names
 * and from each (unit, region) pair; `extra` (roster, user) is kept as given.
 * Only links whose both ends are known regions, each once.
 */
export function regionLinks(regions: Iterable<string>, pairs: Iterable<{ unit: string; region: string }>, extra: readonly RegionLink[] = []): RegionLink[] {
	const known = new Set([...regions].filter((r) => r !== ''));
	const out = new Map<string, RegionLink>();
	const add = (l: RegionLink) => {
		if (l.child === l.parent || !known.has(l.child) || !known.has(l.parent)) return;
		const key = `${l.child}\u0000${l.parent}`;
		if (!out.has(key)) out.set(key, l);
	};
	extra.forEach(add);
	for (const r of known) nameLinks(r).forEach(add);
	const seen = new Set<string>();
	for (const p of pairs) {
		const key = `${p.region}\u0000${p.unit}`;
		if (seen.has(key)) continue;
		seen.add(key);
		unitLinks(p.unit, p.region).forEach(add);
	}
	return [...out.values()];
}
