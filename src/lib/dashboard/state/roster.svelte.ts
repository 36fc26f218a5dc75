/**
 * The roster part: who must report (应报单位) per year, the deadlines, and the
 * user's answers about filers — kept in the workspace (IndexedDB) and the .aqy
 * file. Who has reported is derived from it and the files' filings (the
 * digests the page holds: no rebuild, no DuckDB). The report draft and the
 * region assignment read `state`, `completion` and `regionOf` from here.
 */
import { completionByRegion, completionLine, completionOf, type Completion } from '../../roster/completion';
import type { RosterState } from '../../roster/status';
import type { RosterProposal } from '../../roster/match';
import type { RosterImport } from '../../roster/parse';
import { emptyRoster, type Roster, type RosterUnit } from '../../roster/types';
import type { RegionAssignment } from '../../facts/region-assign';
import type { Unreported } from '../../query/gaps';
import type { RegionLink } from '../../facts/region-links';
import type { Content } from './content.svelte';
import type { Persistence } from './persistence.svelte';

/** Reading a list (a file, pasted text, earlier filers) loads with the first list: it is no part of the page's start. */
const rosterReading = () => import('../../roster/parse');

/**
 * Matching filers to the roster's units, editing it and what it says of regions load with the first
 * roster (stored, opened or made in the 名单 tab): no part of a start without one.
 */
const loadLogic = () =>
	Promise.all([import('../../roster/edit'), import('../../roster/status'), import('../../roster/regions')]).then(([edit, status, regions]) => ({ ...edit, ...status, ...regions }));
type Logic = Awaited<ReturnType<typeof loadLogic>>;

const isBlank = (r: Roster) => r.years.length === 0 && r.links.length === 0 && r.rejected.length === 0;
const noState = (): RosterState => ({ statuses: [], offRoster: [], unplacedFailures: [] });

export class RosterPart {
	roster = $state.raw<Roster>(emptyRoster());
	/** The year shown in the 名单 tab (null: the roster's latest). */
	chosenYear = $state<number | null>(null);
	/** What the last import left out (rows without a unit, totals, repeats), to show. */
	lastImport = $state.raw<RosterImport | null>(null);
	importError = $state<string | null>(null);

	private content: Content;
	private workspace: Persistence;
	/** The roster's logic once loaded (null: not yet; a blank roster needs none). */
	private logic = $state.raw<Logic | null>(null);
	private logicLoading: Promise<Logic> | null = null;

	/** Each roster unit's status, the 名单外 filers and the failed files no unit claims. */
	readonly state: RosterState = $derived.by(() => this.compute());

	/** What the roster says of regions, for the model build (rebuild.svelte.ts): regions of filers whose files name none, nesting. */
	readonly regions: { assignments: RegionAssignment[]; links: RegionLink[] } = $derived.by(() => {
		const logic = this.logic;
		if (!logic || isBlank(this.roster)) return { assignments: [], links: [] };
		return { assignments: logic.rosterAssignments(this.roster, this.state), links: logic.rosterRegionLinks(this.roster) };
	});

	/** `onRegions`: the roster's regions changed by an edit here (the facts must be rebuilt). */
	constructor(
		content: Content,
		workspace: Persistence,
		private readonly onRegions: () => Promise<void> = () => Promise.resolve()
	) {
		this.content = content;
		this.workspace = workspace;
	}

	/** Matched on the names the dashboard shows: the user's region assignments and accepted unit merges applied first. */
	private compute(): RosterState {
		const logic = this.logic;
		if (!logic || isBlank(this.roster)) return noState();
		const { accepted, regions } = this.content.merges;
		return logic.rosterState(this.roster, this.content.entries.map((e) => e.result), { merges: accepted, regions });
	}

	/** The roster's logic, loaded when first needed. */
	private loaded(): Promise<Logic> {
		if (this.logic) return Promise.resolve(this.logic);
		return (this.logicLoading ??= loadLogic().then((logic) => (this.logic = logic)));
	}

	get years(): number[] {
		return this.roster.years.map((y) => y.year);
	}

	/** The year shown: the one chosen, else the roster's latest, else null (no roster yet). */
	get year(): number | null {
		const years = this.years;
		if (this.chosenYear !== null && years.includes(this.chosenYear)) return this.chosenYear;
		return years.length ? years[years.length - 1] : null;
	}

	/** Years the files were filed in (for "start from the units that reported in …"). */
	get filedYears(): number[] {
		const ys = new Set<number>();
		for (const e of this.content.entries) for (const f of e.result.filings) if (f.year !== null) ys.add(f.year);
		return [...ys].sort();
	}

	/** The year's completion in all, or null when that year has no roster. */
	completion(year: number | null = this.year): Completion | null {
		if (year === null || !this.roster.years.some((y) => y.year === year)) return null;
		return completionOf(this.state.statuses, year);
	}

	/** A completion line per roster year (the report pack's cover, the report draft). */
	lines(lang: 'zh' | 'en'): string[] {
		return this.years.map((y) => completionLine(completionOf(this.state.statuses, y), y, lang));
	}

	/** Every roster unit of every year, with whether it has a readable filing. */
	readonly expected: (Unreported & { reported: boolean })[] = $derived.by(() =>
		this.state.statuses.map((s) => ({ unit: s.unit.name, region: s.unit.region, year: s.year, reported: s.status !== 'missing' && s.status !== 'unreadable' }))
	);

	/** Roster units with no readable filing (未报, 无法读取), every roster year: the gaps the unit chart and tables can show. */
	get unreported(): Unreported[] {
		return this.expected.filter((u) => !u.reported);
	}

	byRegion(year: number | null = this.year): Completion[] {
		return year === null ? [] : completionByRegion(this.state.statuses, year);
	}

	/** The roster's region of a unit name in a year ('' when the roster does not list it): regions from the roster. */
	regionOf(unit: string, year: number | null = this.year): string {
		const s = this.state.statuses.find((x) => x.year === year && (x.unit.name === unit || x.filings.some((f) => f.filer === unit)));
		return s?.unit.region ?? '';
	}

	private async set(roster: Roster): Promise<void> {
		const before = JSON.stringify(this.regions);
		this.roster = roster;
		await this.workspace.save((s) => s.putRoster(roster));
		if (JSON.stringify(this.regions) !== before) await this.onRegions();
	}

	/** Replaces the roster as a whole (restored, a workspace file opened, or cleared); its logic is loaded first when it has any. */
	async replace(roster: Roster): Promise<void> {
		if (!isBlank(roster)) await this.loaded();
		this.roster = roster;
		this.chosenYear = null;
	}

	private async take(year: number, read: RosterImport): Promise<void> {
		const { setYearUnits } = await this.loaded();
		this.lastImport = read;
		this.importError = null;
		this.chosenYear = year;
		return this.set(setYearUnits(this.roster, year, read.units));
	}

	/** A list file (.xlsx/.xls/.csv) read with the product's readers: it becomes the year's roster. */
	async importFile(name: string, bytes: Uint8Array, year: number): Promise<void> {
		try {
			// The readers load with the first list: they are no part of the page's start.
			const [{ readWorkbookLoading }, { rosterFromWorkbook }] = await Promise.all([import('../../read/index'), rosterReading()]);
			const read = rosterFromWorkbook(await readWorkbookLoading(bytes, name));
			if (read.units.length === 0) {
				this.importError = 'roster-empty';
				this.lastImport = read;
				return;
			}
			await this.take(year, read);
		} catch (e) {
			const err = e as { zh?: string; en?: string; message?: string };
			this.importError = err.zh ? `${err.zh} / ${err.en}` : String(err.message ?? e);
		}
	}

	/** Pasted lines become the year's roster (nothing happens for text with no unit). */
	async paste(text: string, year: number): Promise<void> {
		const read = (await rosterReading()).rosterFromText(text);
		if (read.units.length === 0) {
			this.importError = 'roster-empty';
			this.lastImport = read;
			return;
		}
		return this.take(year, read);
	}

	/** The year's roster starts as the units that filed in `from` (with their latest contacts). */
	async startFrom(from: number, year: number): Promise<void> {
		const units = (await rosterReading()).rosterFromFilings(this.content.entries.map((e) => e.result), from);
		return this.take(year, { units, skipped: [], sheet: '', headerRow: 0 });
	}

	async setDue(year: number, due: { interimDue?: string | null; finalDue?: string | null }): Promise<void> {
		const { setDeadlines } = await this.loaded();
		return this.set(setDeadlines(this.roster, year, due));
	}

	async addUnit(year: number, unit: Partial<RosterUnit> & { name: string }): Promise<void> {
		const { addUnit } = await this.loaded();
		return this.set(addUnit(this.roster, year, unit));
	}

	/** A unit corrected in the page (its name, region, contact, phone, category). */
	async updateUnit(year: number, old: Pick<RosterUnit, 'name' | 'region'>, changed: RosterUnit): Promise<void> {
		const { updateUnit } = await this.loaded();
		return this.set(updateUnit(this.roster, year, old, changed));
	}

	async removeUnit(year: number, unit: Pick<RosterUnit, 'name' | 'region'>): Promise<void> {
		const { removeUnit } = await this.loaded();
		return this.set(removeUnit(this.roster, year, unit));
	}

	/** The whole roster cleared (every year, deadlines, answers), stored; the facts are rebuilt when it gave regions. */
	clear(): Promise<void> {
		this.lastImport = null;
		this.importError = null;
		this.chosenYear = null;
		return this.set(emptyRoster());
	}

	async removeYear(year: number): Promise<void> {
		const { removeYear } = await this.loaded();
		return this.set(removeYear(this.roster, year));
	}

	async accept(p: RosterProposal): Promise<void> {
		const { acceptProposal } = await this.loaded();
		return this.set(acceptProposal(this.roster, p));
	}

	async reject(p: RosterProposal): Promise<void> {
		const { rejectProposal } = await this.loaded();
		return this.set(rejectProposal(this.roster, p));
	}
}
