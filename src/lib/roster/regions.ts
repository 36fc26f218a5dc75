/**
 * What the roster says about regions, for the model build: the region of
 * filers whose files name none (a roster unit's name, a filer matched or
 * linked to a roster unit), and which region lies inside which (a roster
 * unit that is itself a place, listed under a region: 山河镇 in 正宁县).
 */
import { rosterRegionAssignments, type RegionAssignment } from '../facts/region-assign';
import { divisionLevel, leadingPlaces } from '../facts/region';
import type { RegionLink } from '../facts/region-links';
import type { RosterState } from './status';
import type { Roster } from './types';

/**
 * The roster's region assignments (only for units whose files name no region).
 * Passed BEFORE the user's own assignments: the last one that picks a unit wins.
 */
export function rosterAssignments(roster: Roster, state: RosterState): RegionAssignment[] {
	const units = roster.years.flatMap((y) => y.units);
	const links = [
		...roster.links,
		// Sure matches only (proposals are not in the statuses); the assignment itself applies only where the file names no region.
		...state.statuses.flatMap((s) => s.filings.map((f) => ({ filer: f.filer, filerRegion: '', unitRegion: s.unit.region })))
	];
	return rosterRegionAssignments(units, links);
}

/** Nesting the roster gives: a unit whose name is one place, under a region of a higher level. */
export function rosterRegionLinks(roster: Roster): RegionLink[] {
	const out = new Map<string, RegionLink>();
	for (const u of roster.years.flatMap((y) => y.units)) {
		const region = u.region.trim();
		if (!region || region === u.name || leadingPlaces(u.name).join('') !== u.name) continue;
		const child = divisionLevel(u.name);
		const parent = divisionLevel(region);
		// 正宁县 listed under 山河镇 is a slip, not nesting.
		if (child < 0 || parent < 0 || child <= parent) continue;
		out.set(`${u.name}\u0000${region}`, { child: u.name, parent: region, source: 'roster' });
	}
	return [...out.values()];
}
