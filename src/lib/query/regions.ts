/**
 * The region filter's tree (省 > 市 > 县/区 > 乡镇) from the links the data
 * gives (facts/region-links.ts): a region nests under another only when a
 * link says so — never because its name ends like the other's.
 */
import type { RegionLink } from '../facts/region-links';

export interface RegionNode {
	name: string;
	children: RegionNode[];
}

const SOURCE_RANK: Record<RegionLink['source'], number> = { user: 0, roster: 1, name: 2, unit: 3 };

/**
 * Each region's one parent: among its links, the user's first, then the
 * roster's, then the deepest parent (the one itself inside the others);
 * a link that would close a circle is dropped.
 */
export function regionParents(regions: readonly string[], links: readonly RegionLink[]): Map<string, string> {
	const known = new Set(regions.filter((r) => r !== ''));
	const candidates = new Map<string, RegionLink[]>();
	for (const l of links) {
		if (!known.has(l.child) || !known.has(l.parent) || l.child === l.parent) continue;
		const list = candidates.get(l.child);
		if (list) list.push(l);
		else candidates.set(l.child, [l]);
	}
	// How many of a region's candidate parents are themselves inside another candidate: deeper parents first.
	const ancestorsOf = (r: string) => new Set((candidates.get(r) ?? []).map((l) => l.parent));
	const parents = new Map<string, string>();
	const closesCircle = (child: string, parent: string) => {
		for (let p: string | undefined = parent, n = 0; p !== undefined && n <= known.size; p = parents.get(p), n++) if (p === child) return true;
		return false;
	};
	for (const child of [...candidates.keys()].sort()) {
		const list = candidates.get(child)!;
		const depth = (p: string) => [...ancestorsOf(child)].filter((a) => a !== p && ancestorsOf(p).has(a)).length;
		list.sort((a, b) => SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || depth(b.parent) - depth(a.parent) || b.parent.length - a.parent.length || a.parent.localeCompare(b.parent));
		const pick = list.find((l) => !closesCircle(child, l.parent));
		if (pick) parents.set(child, pick.parent);
	}
	return parents;
}

/** A forest: each region under its parent (regionParents), siblings in pinyin order. */
export function regionTree(regions: readonly string[], links: readonly RegionLink[] = []): RegionNode[] {
	const names = [...new Set(regions.filter((r) => r !== ''))];
	const parents = regionParents(names, links);
	const nodes = new Map(names.map((n) => [n, { name: n, children: [] } as RegionNode]));
	const roots: RegionNode[] = [];
	for (const name of names) {
		const parent = parents.get(name);
		(parent ? nodes.get(parent)!.children : roots).push(nodes.get(name)!);
	}
	const sort = (list: RegionNode[]) => {
		list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
		list.forEach((n) => sort(n.children));
	};
	sort(roots);
	return roots;
}

/** The chosen regions with every region nested under them (by the same parents as the tree). */
export function expandRegions(chosen: readonly string[], all: readonly string[], links: readonly RegionLink[] = []): string[] {
	const picked = new Set(chosen);
	const out = new Set(chosen);
	if (links.length === 0) return [...out];
	const parents = regionParents(all, links);
	for (const r of all) {
		for (let p = parents.get(r), n = 0; p !== undefined && n <= all.length; p = parents.get(p), n++)
			if (picked.has(p)) {
				out.add(r);
				break;
			}
	}
	return [...out];
}

/**
 * What the region chart shows: one level of the tree, never a region beside
 * one nested in it (which would count the inner one twice).
 *  - nothing chosen: the top-level regions, each with everything inside it;
 *  - one region chosen that holds others: the regions directly inside it, each
 *    with everything inside them, and its own units as one bar (keyed by itself);
 *  - else the regions chosen (the outermost where one holds another).
 */
export interface RegionLevel {
	kind: 'top' | 'within' | 'chosen';
	/** The region whose parts are shown (kind 'within'). */
	within: string | null;
	/** Each region → the region its bar stands for. */
	barOf: Map<string, string>;
}

/** The region and the regions it lies in, innermost first. */
function chainOf(region: string, parents: Map<string, string>, limit: number): string[] {
	const out = [region];
	for (let p = parents.get(region); p !== undefined && out.length <= limit; p = parents.get(p)) out.push(p);
	return out;
}

export function regionLevel(chosen: readonly string[], all: readonly string[], links: readonly RegionLink[] = []): RegionLevel {
	const parents = regionParents(all, links);
	const chains = new Map(all.map((r) => [r, chainOf(r, parents, all.length)]));
	if (chosen.length === 0) return { kind: 'top', within: null, barOf: new Map(all.map((r) => [r, chains.get(r)!.at(-1)!])) };
	const picked = new Set(chosen);
	const outermost = [...picked].filter((c) => !(chains.get(c) ?? [c]).slice(1).some((a) => picked.has(a)));
	const within = outermost.length === 1 && all.some((r) => parents.get(r) === outermost[0]) ? outermost[0] : null;
	const barOf = new Map<string, string>();
	for (const r of all) {
		const chain = chains.get(r)!;
		if (within !== null) {
			const at = chain.indexOf(within);
			if (at >= 0) barOf.set(r, chain[Math.max(0, at - 1)]);
		} else {
			const top = chain.findLast((a) => picked.has(a));
			if (top !== undefined) barOf.set(r, top);
		}
	}
	return { kind: within !== null ? 'within' : 'chosen', within, barOf };
}

/**
 * Rows summed into the bars of the level the region chart shows: each row's
 * region (`field`) becomes the region of its bar, and rows then alike in every
 * other field have their `sums` added (a blank stays blank: null + null is
 * null). A region with no bar keeps its own: nothing is dropped. The one
 * roll-up behind the region chart, the report's region tables (report/summary)
 * and the draft's regional rankings, so they show the same figures.
 */
export function rollRegions<R extends object>(rows: readonly R[], level: RegionLevel, field: keyof R, sums: readonly (keyof R)[]): R[] {
	const out = new Map<string, R>();
	for (const row of rows) {
		const own = row[field];
		const rolled = { ...row, [field]: typeof own === 'string' ? (level.barOf.get(own) ?? own) : own } as R;
		// DuckDB may answer GROUPING() as a BigInt: the key is built with String(), never JSON.
		const key = (Object.keys(rolled) as (keyof R)[])
			.filter((k) => !sums.includes(k))
			.map((k) => `${String(k)}=${String(rolled[k])}`)
			.join('\u0000');
		const hit = out.get(key);
		if (!hit) {
			out.set(key, rolled);
			continue;
		}
		for (const s of sums) {
			const add = rolled[s];
			if (add === null || add === undefined) continue;
			const was = hit[s];
			hit[s] = ((was === null || was === undefined ? 0 : Number(was)) + Number(add)) as R[keyof R];
		}
	}
	return [...out.values()];
}

/** Rows per region and year summed into the level's bars (rollRegions). */
export function regionBars<R extends { region: string; year: number | null; value: number }>(rows: readonly R[], level: RegionLevel): { region: string; year: number | null; value: number }[] {
	return rollRegions(
		rows.map((r) => ({ region: r.region, year: r.year, value: r.value })),
		level,
		'region',
		['value']
	);
}

/** The regions whose rows rollRegions adds into `bar` (the bar itself when none: a stale pick still counts its own). */
export function regionsInBar(bar: string, level: RegionLevel): string[] {
	const out = [...level.barOf].filter(([, b]) => b === bar).map(([r]) => r);
	return out.length ? out : [bar];
}

/** The regions a bar of the region chart stands for when clicked: everything inside it, or only its own units (the 本级 bar). */
export function barRegions(bar: string, level: RegionLevel, all: readonly string[], links: readonly RegionLink[] = []): string[] {
	return bar === level.within ? [bar] : expandRegions([bar], all, links);
}

/**
 * What the filter's regions stand for in the queries (WhereOptions): the chosen
 * regions with everything inside them, the region chart's bar clicked
 * (filter.region) with everything inside it, and the chart's level.
 */
export function regionScope(filter: { regions: readonly string[]; region: string | null }, all: readonly string[], links: readonly RegionLink[] = []): { regions: string[]; pickedRegions?: string[]; level: RegionLevel } {
	const level = regionLevel(filter.regions, all, links);
	return {
		regions: expandRegions(filter.regions, all, links),
		...(filter.region !== null ? { pickedRegions: barRegions(filter.region, level, all, links) } : {}),
		level
	};
}
