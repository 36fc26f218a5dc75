/**
 * Repeated filings and the user's mapping, over facts already read: pure,
 * and free of the readers (the page's main thread builds facts with it).
 */
import type { Fact, FileResult } from './facts/fact';
import { applyMapping } from './mapping/apply';
import type { MappingProfile } from './mapping/profile';

/** Key of one unit's filing for one year. */
const filingKey = (f: Pick<Fact, 'region' | 'unit' | 'year'>, region = f.region) => `${region}\u0000${f.unit}\u0000${f.year ?? ''}`;

/**
 * The region a fact's unit is filed under: its own, or — when it has none (no
 * region column, none in its name or file name) and every other filing of the
 * same unit name that year names one and the same region — that region. Else
 * 山河镇人民政府 filed once from 正宁县山河镇….xlsx and once from 山河镇….xlsx
 * would be two units, both counted.
 */
function regionsOfUnits(results: FileResult[]): (f: Fact) => string {
	// Only unit-years that have a filing without a region need looking up (usually none: no work at all).
	const named = new Map<string, Set<string>>();
	for (const r of results) for (const f of r.facts) if (!f.region) named.set(filingKey(f, ''), new Set());
	if (named.size === 0) return (f) => f.region;
	for (const r of results)
		for (const f of r.facts) {
			if (f.region) named.get(filingKey(f, ''))?.add(f.region);
		}
	return (f) => {
		if (f.region) return f.region;
		const set = named.get(filingKey(f, ''));
		return set && set.size === 1 ? [...set][0] : '';
	};
}

/** The filing a fact belongs to: its file, sheet and 填报日期. */
const sourceOf = (r: FileResult, f: Fact) => `${r.fileId}\u0000${f.sheet}\u0000${f.filedOn ?? ''}`;

/**
 * All facts of a batch with repeated filings resolved: for each unit and
 * year, the filing with the latest 填报日期 counts (on equal dates, the one
 * imported last); the facts of the others stay, marked superseded. A filing
 * is a file's sheet and its 填报日期: two dates of one unit in one table (a
 * long or wide table with a 填报日期 column) are two filings too. The same
 * file imported twice (same content) counts once.
 */
export function resolveFilings(results: FileResult[]): Fact[] {
	const seenFiles = new Set<string>();
	const batch = results.filter((r) => !r.error && !seenFiles.has(r.fileId) && seenFiles.add(r.fileId));

	const regionOf = regionsOfUnits(batch);
	// The winning filing (file + sheet + 填报日期) of each unit-year, by (filedOn, import order).
	const winner = new Map<string, { source: string; filedOn: string; order: number }>();
	batch.forEach((r, order) => {
		for (const f of r.facts) {
			const key = filingKey(f, regionOf(f));
			const candidate = { source: sourceOf(r, f), filedOn: f.filedOn ?? '', order };
			const best = winner.get(key);
			if (!best || candidate.filedOn > best.filedOn || (candidate.filedOn === best.filedOn && candidate.order >= best.order)) winner.set(key, candidate);
		}
	});

	const facts: Fact[] = [];
	for (const r of batch)
		for (const f of r.facts) {
			const won = winner.get(filingKey(f, regionOf(f)))!.source === sourceOf(r, f);
			facts.push(won ? f : { ...f, status: 'superseded' });
		}
	return facts;
}

/**
 * The facts a batch stands for: filings resolved, then the user's mapping
 * profile applied (when given). Mapping comes last because it only relabels
 * facts; which filing counts does not depend on what its labels mean.
 */
export function buildFacts(results: FileResult[], profile?: MappingProfile | null): Fact[] {
	const facts = resolveFilings(results);
	return profile ? applyMapping(facts, profile) : facts;
}
