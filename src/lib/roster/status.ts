/**
 * Who has reported: each roster unit's status for its year, from the filings
 * read (interim, final or late against the year's deadlines), the files that
 * failed (无法读取 when a failed file's name names the unit), and the filers
 * on no roster (名单外).
 */
import { normalizeUnit } from '../facts/unit';
import { yearFromText } from '../facts/year';
import { mergedFilers, type UnitDecisions } from './merged';
import { indexRoster, matcher, type MatchHow, type RosterProposal } from './match';
import type { FiledFile, FilingKind, Roster, RosterUnit, RosterYear, UnitStatusCode } from './types';

export interface MatchedFiling {
	fileId: string;
	file: string;
	sheet: string;
	/** The name the filing gives itself (before any unit merge: the roster's region assignments name it so). */
	filer: string;
	filedOn: string | null;
	kind: FilingKind;
	how: MatchHow;
	contact: string;
	phone: string;
}

export interface UnitStatus {
	year: number;
	unit: RosterUnit;
	status: UnitStatusCode;
	/** Every filing matched to the unit that year, latest 填报日期 last. */
	filings: MatchedFiling[];
	/** The filing that counts (latest), or null. */
	latest: MatchedFiling | null;
	/** Failed files whose names name the unit. */
	failedFiles: { fileId: string; file: string }[];
	/** From the latest filing that names them, else from the roster. */
	contact: string;
	phone: string;
}

/** A filer of a roster year that is on no roster line (名单外). */
export interface OffRoster {
	year: number;
	filer: string;
	region: string;
	files: { fileId: string; file: string; filedOn: string | null }[];
	contact: string;
	phone: string;
	proposals: RosterProposal[];
}

export interface RosterState {
	statuses: UnitStatus[];
	offRoster: OffRoster[];
	/** Failed files that name no roster unit (the page lists them with the other failed files). */
	unplacedFailures: { fileId: string; file: string }[];
}

/** Which deadline a filing met. A filing without a date, or a year without deadlines, counts as final. */
export function filingKind(filedOn: string | null, year: Pick<RosterYear, 'interimDue' | 'finalDue'>): FilingKind {
	if (!filedOn) return 'final';
	if (year.interimDue && filedOn <= year.interimDue) return 'interim';
	if (year.finalDue && filedOn > year.finalDue) return 'late';
	return 'final';
}

/** The unit's status from its filings: a final on time wins over a late one, which wins over an interim only. */
export function statusOf(kinds: FilingKind[], failed: boolean): UnitStatusCode {
	if (kinds.includes('final')) return 'final';
	if (kinds.includes('late')) return 'late';
	if (kinds.includes('interim')) return 'interim';
	return failed ? 'unreadable' : 'missing';
}

const byDate = (a: MatchedFiling, b: MatchedFiling) => (a.filedOn ?? '').localeCompare(b.filedOn ?? '');

/**
 * Roster statuses for every roster year, from the files in import order (a later import wins a tie of dates).
 * `decisions`: the user's regions and accepted unit merges, applied first (roster/merged.ts).
 */
export function rosterState(roster: Roster, files: readonly FiledFile[], decisions: UnitDecisions = {}): RosterState {
	const out: RosterState = { statuses: [], offRoster: [], unplacedFailures: [] };
	const rejected = new Set(roster.rejected);
	const placedFailures = new Set<string>();
	const failed = files.filter((f) => f.error);
	const latestYear = Math.max(...roster.years.map((y) => y.year));

	for (const ry of roster.years) {
		const index = indexRoster(ry.units);
		const m = matcher(index, roster.links);
		const filerOf = mergedFilers(m, files, ry.year, decisions);
		const perUnit: MatchedFiling[][] = ry.units.map(() => []);
		const outside = new Map<string, OffRoster>();

		for (const file of files) {
			if (file.error) continue;
			for (const f of file.filings) {
				if (f.year !== ry.year) continue;
				const { name, region, hit } = filerOf(f.unit, f.region);
				const contact = f.contact ?? '';
				const phone = f.phone ?? '';
				if (hit) {
					perUnit[hit.unit].push({ fileId: file.fileId, file: file.file, sheet: f.sheet, filer: f.unit, filedOn: f.filedOn, kind: filingKind(f.filedOn, ry), how: hit.how, contact, phone });
					continue;
				}
				const key = `${region}\u0000${normalizeUnit(name)}`;
				let o = outside.get(key);
				if (!o) outside.set(key, (o = { year: ry.year, filer: normalizeUnit(name), region, files: [], contact: '', phone: '', proposals: [] }));
				o.files.push({ fileId: file.fileId, file: file.file, filedOn: f.filedOn });
				if (contact) o.contact = contact;
				if (phone) o.phone = phone;
			}
		}

		// A failed file belongs to the roster unit its name names (the longest such name), in the year it names.
		const failedOf = ry.units.map(() => [] as { fileId: string; file: string }[]);
		for (const file of failed) {
			const year = yearFromText(file.file) ?? latestYear;
			if (year !== ry.year) continue;
			const i = unitNamedIn(file.file, ry.units, index.cores);
			if (i === null) continue;
			failedOf[i].push({ fileId: file.fileId, file: file.file });
			placedFailures.add(file.fileId);
		}

		const filed = new Set<string>();
		ry.units.forEach((unit, i) => {
			const filings = perUnit[i].sort(byDate);
			const latest = filings[filings.length - 1] ?? null;
			if (latest) filed.add(`${unit.region}\u0000${unit.name}`);
			const withContact = [...filings].reverse().find((f) => f.contact);
			const withPhone = [...filings].reverse().find((f) => f.phone);
			out.statuses.push({
				year: ry.year,
				unit,
				status: statusOf(filings.map((f) => f.kind), failedOf[i].length > 0),
				filings,
				latest,
				failedFiles: failedOf[i],
				contact: withContact?.contact || unit.contact,
				phone: withPhone?.phone || unit.phone
			});
		});
		// Proposals only name units still without a filing: a unit that has filed is accounted for.
		for (const o of outside.values()) {
			o.proposals = m.propose({ name: o.filer, region: o.region }, rejected).filter((p) => !filed.has(`${p.unitRegion}\u0000${p.unit}`));
			out.offRoster.push(o);
		}
	}
	for (const f of failed) if (!placedFailures.has(f.fileId)) out.unplacedFailures.push({ fileId: f.fileId, file: f.file });
	return out;
}

/** The roster unit a file name names: the longest name (or, failing that, core of 2+ characters) it contains; null when none or a tie. */
function unitNamedIn(fileName: string, units: RosterUnit[], cores: string[]): number | null {
	const base = normalizeUnit(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
	let best: number | null = null;
	let bestLength = 0;
	let tie = false;
	units.forEach((u, i) => {
		const length = base.includes(u.name) ? u.name.length + 1000 : cores[i].length >= 2 && base.includes(cores[i]) ? cores[i].length : 0;
		if (length === 0 || length < bestLength) return;
		tie = length === bestLength;
		best = i;
		bestLength = length;
	});
	return tie ? null : best;
}
