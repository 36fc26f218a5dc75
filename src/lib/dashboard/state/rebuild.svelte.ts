/**
 * The facts as loaded: every change of the content (files, decisions, mapping,
 * merges) resolves filings and applies the mapping over every file in a build
 * worker, replaces the DuckDB tables, and lists the files, labels and checks
 * that came out. One rebuild at a time, in the order they were asked for.
 */
import type { BrowserDb } from '../../db/browser';
import { ModelClient } from '../../model/client';
import { spawnWorker } from '../../ingest/pool';
import type { CheckCounts } from '../../model/protocol';
import type { LabelEntry } from '../../mapping/inventory';
import { withUserNesting, type RegionLink } from '../../facts/region-links';
import { withRosterAssignments, type RegionAssignment } from '../../facts/region-assign';
import type { Check, UnitMergeProposal } from '../../checks/index';
import type { Coordinator } from '../coordinator.svelte';
import type { Content } from './content.svelte';
import type { FileRowView } from './types';

export class Rebuild {
	rows = $state.raw<FileRowView[]>([]);
	/** Every source label, for the mapping review screen. */
	inventory = $state.raw<LabelEntry[]>([]);
	/** Regions seen in the facts (for the file list's region suggestions). */
	knownRegions = $state.raw<string[]>([]);
	/** Which region lies inside which, as the facts and the roster say. */
	dataLinks = $state.raw<RegionLink[]>([]);
	/**
	 * The same with the user's nesting over them (the region filter's tree, what a chosen region
	 * stands for, the region chart's levels): a change of nesting needs no rebuild.
	 */
	readonly regionLinks: RegionLink[] = $derived.by(() => withUserNesting(this.dataLinks, this.content.merges.nesting, this.knownRegions));
	/** runChecks output for the facts now loaded (computed after each rebuild, off the hot path; at most CHECKS_LISTED_PER_CODE per rule). */
	checks = $state.raw<Check[]>([]);
	/** Exact counts of the checks per rule (the list may hold fewer). */
	checkCounts = $state.raw<CheckCounts>({});
	/** Unit-merge proposals not yet answered. */
	proposals = $state.raw<UnitMergeProposal[]>([]);
	checksRunning = $state(false);
	/** Why the checks of the last rebuild could not be run (null: they ran). */
	checksError = $state<string | null>(null);
	dbOpen = $state(false);
	dbError = $state<string | null>(null);
	private dbReady: Promise<BrowserDb | null>;
	private resolveDb!: (db: BrowserDb | null) => void;
	private model = new ModelClient(spawnWorker);
	private loads: Promise<void> = Promise.resolve();

	/** `rosterRegions`: what the roster says of regions (regions of units whose files name none, nesting), read at each rebuild. */
	constructor(
		private content: Content,
		private coordinator: Coordinator,
		private rosterRegions: () => { assignments: RegionAssignment[]; links: RegionLink[] } = () => ({ assignments: [], links: [] })
	) {
		this.dbReady = new Promise((r) => (this.resolveDb = r));
	}

	get factCount(): number {
		return this.rows.reduce((s, r) => s + r.facts, 0);
	}

	/** Labels with no metric and no decision: the mapping to-do list. */
	get unmappedLabels(): number {
		return this.inventory.filter((e) => e.state === 'unmapped').length;
	}

	/** Checks of every rule, and warnings among them (exact, even where the list is cut). */
	get checkTotals(): { total: number; warnings: number } {
		let total = 0;
		let warnings = 0;
		for (const n of Object.values(this.checkCounts)) {
			total += n.total;
			warnings += n.warnings;
		}
		return { total, warnings };
	}

	/** `opening`: DuckDB already being opened (started before the page hydrated); else it is opened here. */
	async openDb(opening?: Promise<BrowserDb> | null): Promise<void> {
		try {
			const db = await (opening ?? import('../../db/browser').then((m) => m.BrowserDb.open()));
			this.coordinator.attach(db);
			this.dbOpen = true;
			this.resolveDb(db);
		} catch (e) {
			this.dbError = e instanceof Error ? e.message : String(e);
			this.resolveDb(null);
		}
	}

	/** Rebuilds from the content as it is when this rebuild's turn comes. */
	run(): Promise<void> {
		const run = async () => {
			const { entries, profile } = this.content;
			const roster = this.rosterRegions();
			const merges = { ...this.content.merges, regions: withRosterAssignments(this.content.merges.regions, roster.assignments) };
			this.checksRunning = true;
			const files = entries.map((e) => ({ digest: e.result, packed: e.packed }));
			let built;
			try {
				built = await this.model.build(files, profile, merges, (r) => {
					const ok = 'checks' in r;
					this.checks = ok ? r.checks : [];
					this.checkCounts = ok ? r.counts : {};
					this.proposals = ok ? r.proposals : [];
					this.checksError = ok ? null : r.error;
					this.checksRunning = false;
				}, roster.links);
			} catch (e) {
				this.checksRunning = false;
				throw e;
			}
			performance.mark('model:built');
			const db = await this.dbReady;
			if (db) await db.replaceAll(built);
			performance.mark('db:loaded');
			this.inventory = built.inventory;
			this.knownRegions = built.knownRegions;
			this.dataLinks = built.regionLinks;
			this.rows = built.rows.map((r, i) => {
				const { result, demo, decisions, source } = entries[i];
				return {
					...r,
					demo,
					shapes: [...new Set(result.sheets.filter((s) => s.shape !== 'none').map((s) => s.shape))],
					hiddenSheets: result.sheets.filter((s) => s.hidden).map((s) => s.name),
					decisions,
					regions: [...new Set(result.filings.map((f) => f.region).filter((x) => x !== ''))],
					years: [...new Set(result.filings.map((f) => f.year).filter((y): y is number => y !== null))].sort((a, b) => a - b),
					rereadable: source !== null
				};
			});
			this.coordinator.invalidate();
		};
		this.loads = this.loads.then(run, run);
		return this.loads;
	}
}
