/**
 * Changes to a roster, each returning a new roster (the page keeps it in a
 * rune and saves it as it is): years, units, deadlines, the user's answers.
 */
import { normalizeUnit } from '../facts/unit';
import { proposalKey, type RosterProposal } from './match';
import type { Roster, RosterUnit, RosterYear } from './types';

const byYear = (a: RosterYear, b: RosterYear) => a.year - b.year;

export function rosterYear(roster: Roster, year: number): RosterYear | undefined {
	return roster.years.find((y) => y.year === year);
}

/** The roster with `year` holding these units (deadlines kept when the year exists). */
export function setYearUnits(roster: Roster, year: number, units: RosterUnit[]): Roster {
	const old = rosterYear(roster, year);
	const next: RosterYear = { year, units, interimDue: old?.interimDue ?? null, finalDue: old?.finalDue ?? null };
	return { ...roster, years: [...roster.years.filter((y) => y.year !== year), next].sort(byYear) };
}

export function removeYear(roster: Roster, year: number): Roster {
	return { ...roster, years: roster.years.filter((y) => y.year !== year) };
}

export function setDeadlines(roster: Roster, year: number, due: { interimDue?: string | null; finalDue?: string | null }): Roster {
	const y = rosterYear(roster, year) ?? { year, units: [], interimDue: null, finalDue: null };
	const next = { ...y, ...due };
	return { ...roster, years: [...roster.years.filter((o) => o.year !== year), next].sort(byYear) };
}

const sameUnit = (a: Pick<RosterUnit, 'name' | 'region'>, b: Pick<RosterUnit, 'name' | 'region'>) => a.name === b.name && a.region === b.region;

/** Adds a unit to a year (its name normalized); a unit already there is left as it is. */
export function addUnit(roster: Roster, year: number, unit: Partial<RosterUnit> & { name: string }): Roster {
	const u: RosterUnit = { name: normalizeUnit(unit.name), region: unit.region ?? '', contact: unit.contact ?? '', phone: unit.phone ?? '', category: unit.category ?? '' };
	if (!u.name) return roster;
	const units = rosterYear(roster, year)?.units ?? [];
	return units.some((o) => sameUnit(o, u)) ? roster : setYearUnits(roster, year, [...units, u]);
}

/** Whether a unit of the year other than `old` already has `u`'s name (as normalized) and region: an edit or an addition would make two of one unit. */
export function unitTaken(roster: Roster, year: number, u: Pick<RosterUnit, 'name' | 'region'>, old?: Pick<RosterUnit, 'name' | 'region'>): boolean {
	const want = { name: normalizeUnit(u.name), region: u.region };
	return (rosterYear(roster, year)?.units ?? []).some((o) => sameUnit(o, want) && !(old && sameUnit(o, old)));
}

/** Replaces one unit of a year (found by name and region) by an edited copy; unchanged when the copy would be another unit already listed (unitTaken). */
export function updateUnit(roster: Roster, year: number, old: Pick<RosterUnit, 'name' | 'region'>, changed: RosterUnit): Roster {
	const units = rosterYear(roster, year)?.units ?? [];
	if (!normalizeUnit(changed.name) || unitTaken(roster, year, changed, old)) return roster;
	return setYearUnits(roster, year, units.map((u) => (sameUnit(u, old) ? { ...changed, name: normalizeUnit(changed.name) } : u)));
}

export function removeUnit(roster: Roster, year: number, unit: Pick<RosterUnit, 'name' | 'region'>): Roster {
	const units = rosterYear(roster, year)?.units ?? [];
	return setYearUnits(roster, year, units.filter((u) => !sameUnit(u, unit)));
}

/** The user's "yes": the filer is the proposed roster unit (every year). */
export function acceptProposal(roster: Roster, p: Pick<RosterProposal, 'filer' | 'filerRegion' | 'unit' | 'unitRegion'>): Roster {
	const links = roster.links.filter((l) => !(l.filer === p.filer && l.filerRegion === p.filerRegion));
	return { ...roster, links: [...links, { filer: p.filer, filerRegion: p.filerRegion, unit: p.unit, unitRegion: p.unitRegion }] };
}

/** The user's "no": the proposal is not made again. */
export function rejectProposal(roster: Roster, p: Pick<RosterProposal, 'filer' | 'filerRegion' | 'unit' | 'unitRegion'>): Roster {
	const key = proposalKey(p);
	return roster.rejected.includes(key) ? roster : { ...roster, rejected: [...roster.rejected, key] };
}

/** Takes back a link (the filer is matched by name again, or is 名单外). */
export function unlink(roster: Roster, filer: string, filerRegion: string): Roster {
	return { ...roster, links: roster.links.filter((l) => !(l.filer === filer && l.filerRegion === filerRegion)) };
}

/** A roster read back from storage or an .aqy file: only well-formed parts kept. */
export function validRoster(value: unknown): Roster {
	const v = (value ?? {}) as Partial<Roster>;
	const str = (x: unknown) => (typeof x === 'string' ? x : '');
	const date = (x: unknown) => (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) ? x : null);
	const years = Array.isArray(v.years)
		? v.years
				.filter((y) => y && Number.isInteger(y.year) && Array.isArray(y.units))
				.map((y) => ({
					year: y.year,
					interimDue: date(y.interimDue),
					finalDue: date(y.finalDue),
					units: y.units.filter((u) => u && str(u.name)).map((u) => ({ name: str(u.name), region: str(u.region), contact: str(u.contact), phone: str(u.phone), category: str(u.category) }))
				}))
		: [];
	const links = Array.isArray(v.links) ? v.links.filter((l) => l && str(l.filer) && str(l.unit)).map((l) => ({ filer: str(l.filer), filerRegion: str(l.filerRegion), unit: str(l.unit), unitRegion: str(l.unitRegion) })) : [];
	const rejected = Array.isArray(v.rejected) ? v.rejected.filter((k): k is string => typeof k === 'string') : [];
	return { years: years.sort(byYear), links, rejected };
}

/**
 * A deadline as a clerk types it — 6月10日, 06-10, 6.10, 2024-06-10 — as the
 * ISO date of that month and day in `year`; null when it names no valid day.
 */
export function dueDateIn(text: string, year: number): string | null {
	const m = /^\s*(?:(\d{4})\s*[年.\-/]\s*)?(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*[日号]?\s*$/.exec(text);
	if (!m) return null;
	const [month, day] = [Number(m[2]), Number(m[3])];
	const d = new Date(Date.UTC(year, month - 1, day));
	if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
