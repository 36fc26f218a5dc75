/**
 * What a rebuild computes, as pure functions (the model worker runs them; the
 * unit tests run them in Node): the same steps the page used to run itself.
 */
import type { Fact, FileResult } from '../facts/fact';
import { buildFacts } from '../resolve';
import { regionLinks, type RegionLink } from '../facts/region-links';
import { applyRegionAssignments, type RegionAssignment } from '../facts/region-assign';
import { fileRows, tablesIPC } from '../db/arrow';
import { labelInventory } from '../mapping/inventory';
import type { MappingProfile } from '../mapping/profile';
import { applyUnitMergesToResults, proposeUnitMerges, runChecks, type Check, type UnitMergeProposal } from '../checks/index';
import { mergeKey, type MergeDecisions } from '../workspace/plan';
import type { UnitMerge } from '../facts/unit-merges';
import { joinResult, type ReadFile } from './digest';
import type { Built, CheckCounts } from './protocol';

/** The tables and page data of `files` (import order), and the facts and results the checks then need; `links`: nesting given from outside (the roster). */
export function buildModel(files: readonly ReadFile[], profile: MappingProfile, accepted: UnitMerge[], regions: readonly RegionAssignment[] = [], links: readonly RegionLink[] = []): { built: Built; facts: Fact[]; results: FileResult[] } {
	// Regions the user gave units, then accepted merges (scoped by region), so the merged unit's filings of one year resolve as one unit's.
	const results = applyUnitMergesToResults(applyRegionAssignments(files.map(joinResult), regions), accepted);
	const facts = buildFacts(results, profile);
	const rows = fileRows(results, facts);
	const knownRegions = [...new Set(facts.map((f) => f.region).filter((r) => r !== ''))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
	return {
		facts,
		results,
		built: {
			type: 'built',
			...tablesIPC(results, facts, rows),
			rows,
			inventory: labelInventory(facts, profile),
			knownRegions,
			regionLinks: regionLinks(knownRegions, facts, links)
		}
	};
}

/**
 * Checks listed per rule: a batch full of odd numbers can raise hundreds of
 * thousands (each with its sources), more than anyone reads and heavy to hold;
 * the counts stay exact.
 */
export const CHECKS_LISTED_PER_CODE = 1000;

/** The checks (at most CHECKS_LISTED_PER_CODE of each rule), their exact counts, and the unit-merge proposals not yet answered. */
export function modelChecks(facts: Fact[], results: FileResult[], merges: MergeDecisions): { checks: Check[]; counts: CheckCounts; proposals: UnitMergeProposal[] } {
	const rejected = new Set(merges.rejected);
	const proposals = proposeUnitMerges(facts).filter((p) => !rejected.has(mergeKey(p)));
	const open = new Set(proposals.map((p) => `${p.region}\u0000${p.from}`));
	// A similar-names note the user already answered is not shown again.
	const all = runChecks(facts, results).filter((c) => c.code !== 'unit.similar' || open.has(`${c.region ?? ''}\u0000${c.unit ?? ''}`));
	const counts: CheckCounts = {};
	const checks = all.filter((c) => {
		const n = (counts[c.code] ??= { total: 0, warnings: 0 });
		n.total++;
		if (c.level === 'warning') n.warnings++;
		return n.total <= CHECKS_LISTED_PER_CODE;
	});
	return { checks, counts, proposals };
}
