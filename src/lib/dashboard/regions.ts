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
