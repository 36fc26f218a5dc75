/**
 * What the draft says of the roster for its year: the expected units (inside
 * the chosen regions, and the regions nested under them), how many reported,
 * those with no readable filing (未报, 无法读取), and the filers on no roster
 * (名单外). Feeds DraftContext.roster from the page (app.roster) and the CLI
 * (--roster) alike.
 */
import type { RegionLink } from '../../facts/region-links';
import { expandRegions } from '../../query/regions';
import type { Roster, RosterState } from '../../roster/index';
import type { DraftRoster } from './write';

/** Every region the year's roster, its 名单外 filers, the chosen regions and the nesting name: what a chosen region expands over. */
function allRegions(state: RosterState, year: number, chosen: readonly string[], links: readonly RegionLink[]): string[] {
	const named = [...state.statuses.filter((s) => s.year === year).map((s) => s.unit.region), ...state.offRoster.filter((o) => o.year === year).map((o) => o.region)];
	return [...new Set([...named.filter((r) => r !== ''), ...chosen, ...links.flatMap((l) => [l.child, l.parent])])];
}

/** null: no roster for the year, or regions are chosen and the roster names none (its count would not be the regions'). */
export function draftRoster(roster: Roster, state: RosterState, year: number, chosenRegions: readonly string[], links: readonly RegionLink[] = []): DraftRoster | null {
	if (!roster.years.some((y) => y.year === year)) return null;
	let statuses = state.statuses.filter((s) => s.year === year);
	if (chosenRegions.length && !statuses.some((s) => s.unit.region !== '')) return null;
	const inside = chosenRegions.length ? new Set(expandRegions(chosenRegions, allRegions(state, year, chosenRegions, links), links)) : null;
	if (inside) statuses = statuses.filter((s) => inside.has(s.unit.region));
	const offRoster = state.offRoster.filter((o) => o.year === year && (!inside || inside.has(o.region))).map((o) => o.filer);
	return {
		expected: statuses.length,
		reported: statuses.filter((s) => s.status === 'final' || s.status === 'late' || s.status === 'interim').length,
		missing: statuses.filter((s) => s.status === 'missing' || s.status === 'unreadable').map((s) => s.unit.name),
		offRoster
	};
}
