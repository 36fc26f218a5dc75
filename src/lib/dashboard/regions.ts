/**
 * Regions nest (省 > 市 > 县/区 > 乡镇): here a region is the child of another
 * when its name starts with the other's name (`南通市如皋市` under `南通市`), or
 * contains it after a prefix. Simple, but it groups 县/区 under their 市 whenever
 * files write the full name.
 */
export interface RegionNode {
	name: string;
	children: RegionNode[];
}

function isAncestor(parent: string, child: string): boolean {
	return parent.length >= 2 && child.length > parent.length && child.includes(parent);
}

/** A forest: each region under its nearest (longest-named) ancestor. */
export function regionTree(regions: readonly string[]): RegionNode[] {
	const names = [...new Set(regions.filter((r) => r !== ''))].sort((a, b) => a.length - b.length || a.localeCompare(b, 'zh-CN'));
	const nodes = new Map(names.map((n) => [n, { name: n, children: [] } as RegionNode]));
	const roots: RegionNode[] = [];
	for (const name of names) {
		let parent: string | null = null;
		for (const candidate of names) if (isAncestor(candidate, name) && (!parent || candidate.length > parent.length)) parent = candidate;
		(parent ? nodes.get(parent)!.children : roots).push(nodes.get(name)!);
	}
	const sort = (list: RegionNode[]) => {
		list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
		list.forEach((n) => sort(n.children));
	};
	sort(roots);
	return roots;
}

/** The chosen regions with every region nested under them. */
export function expandRegions(chosen: readonly string[], all: readonly string[]): string[] {
	const out = new Set(chosen);
	for (const c of chosen) for (const r of all) if (isAncestor(c, r)) out.add(r);
	return [...out];
}
