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

/**
 * What the user says of where a region lies: inside `parent`; with `apart`,
 * not inside `parent` (a link the data inferred wrongly); `parent` '' : inside
 * no other region (a top-level region).
 */
export interface RegionNesting {
	child: string;
	parent: string;
	apart?: boolean;
}

const pairKey = (child: string, parent: string) => `${child}\u0000${parent}`;

/**
 * The links with the user's nesting applied: a link the user set apart, and
 * every link of a region the user put at the top, are dropped; the user's own
 * links come first (regionParents ranks them above the data's).
 */
export function withUserNesting(links: readonly RegionLink[], nesting: readonly RegionNesting[] | undefined, regions: Iterable<string>): RegionLink[] {
	if (!nesting?.length) return [...links];
	const known = new Set(regions);
	const apart = new Set(nesting.filter((n) => n.apart).map((n) => pairKey(n.child, n.parent)));
	const top = new Set(nesting.filter((n) => !n.apart && n.parent === '').map((n) => n.child));
	const user = nesting
		.filter((n) => !n.apart && n.parent !== '' && n.child !== n.parent && known.has(n.child) && known.has(n.parent))
		.map((n): RegionLink => ({ child: n.child, parent: n.parent, source: 'user' }));
	const kept = links.filter((l) => !top.has(l.child) && !apart.has(pairKey(l.child, l.parent)));
	return [...user, ...kept];
}

/**
 * The user's nesting after one more decision: a region has one place, so a
 * new place (inside a region, or at the top) replaces the earlier one; setting
 * a pair apart takes back the user's own link of that pair, and nesting a pair
 * takes back setting it apart.
 */
export function addNesting(list: readonly RegionNesting[] | undefined, n: RegionNesting): RegionNesting[] {
	const out = (list ?? []).filter((x) =>
		n.apart ? !(x.child === n.child && x.parent === n.parent) : !(x.child === n.child && (!x.apart || x.parent === n.parent))
	);
	return [...out, n.apart ? { child: n.child, parent: n.parent, apart: true } : { child: n.child, parent: n.parent }];
}
