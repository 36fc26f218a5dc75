/**
 * What the draft says of the roster for its year: the expected units (inside
 * the chosen regions, and the regions nested under them) and those with no
 * readable filing (未报, 无法读取). Feeds DraftContext.roster from the page
 * (app.roster) and the CLI (--roster) alike.
 */
import type { RegionLink } from '../../facts/region-links';
import { expandRegions } from '../../dashboard/regions';
import type { Roster, RosterState } from '../../roster/index';
import type { DraftRoster } from './write';

/** null: no roster for the year, or regions are chosen and the roster names none (its count would not be the regions'). */
export function draftRoster(roster: Roster, state: RosterState, year: number, chosenRegions: readonly string[], links: readonly RegionLink[] = []): DraftRoster | null {
	if (!roster.years.some((y) => y.year === year)) return null;
	let statuses = state.statuses.filter((s) => s.year === year);
	if (chosenRegions.length) {
		const regions = new Set(statuses.map((s) => s.unit.region).filter((r) => r !== ''));
		if (regions.size === 0) return null;
		const all = [...new Set([...regions, ...chosenRegions, ...links.flatMap((l) => [l.child, l.parent])])];
		const inside = new Set(expandRegions(chosenRegions, all, links));
		statuses = statuses.filter((s) => inside.has(s.unit.region));
	}
	return { expected: statuses.length, missing: statuses.filter((s) => s.status === 'missing' || s.status === 'unreadable').map((s) => s.unit.name) };
}
