/**
 * The dashboard's state, made of parts that each own one thing (state/):
 *
 *   content    what the user has put in: files, their decisions, mapping profile, unit merges
 *   imports    reading files in the worker pool (drop, restore, re-read, replace), the progress bar
 *   workspace  the IndexedDB copy of the content (files and decisions, never facts), storage figures
 *   rebuild    facts rebuilt from the content in a build worker, DuckDB tables, files / labels / checks
 *   ui         the open tab, the notice, the sources panel, a workspace file awaiting confirmation
 *   roster     who must report (应报单位), the deadlines; who has reported, derived from the filings
 *   busy       actions under way (`withBusy`), for the `ready` marker
 *   draft      the 总结报告 draft's edits (sentences switched off, reworded), stored through `workspace`
 *
 * A new kind of state (a report draft, a roster, an import summary) is a new part in
 * state/ — its own class with its own runes, stored through `workspace` if it must
 * survive a reload — made here and named in the list above. AppState itself only
 * holds the actions that touch several parts (start, remove, clear, merges, the .aqy file).
 */
import type { BrowserDb } from '../db/browser';
import { demoFiles } from '../ingest/demo';
import { emptyProfile, type MappingProfile } from '../mapping/profile';
import { mergeKey, restorePlan, type MergeDecisions, type WorkspaceDecisions } from '../workspace/plan';
import type { WorkspaceFile } from '../workspace/file-format';

/** The workspace file's format and checks load with the first workspace file saved or opened: no part of the start. */
const workspaceFileParts = () => Promise.all([import('../workspace/file-format'), import('../workspace/open-file')]);
import type { UnitMergeProposal } from '../checks/index';
import type { LedgerSummary } from '../facts/ledger-summary';
import type { RegionAssignment } from '../facts/region-assign';
import { addNesting, type RegionNesting } from '../facts/region-links';
import type { Problem } from '../base/problem';
import { bilingual } from '../i18n/bilingual';
import { Coordinator } from './coordinator.svelte';
import { FilterStore } from './filters.svelte';
import { Busy } from './state/busy.svelte';
import { Content } from './state/content.svelte';
import { Imports } from './state/imports.svelte';
import { Persistence } from './state/persistence.svelte';
import { Rebuild } from './state/rebuild.svelte';
import { UiState } from './state/ui.svelte';
import { RosterPart } from './state/roster.svelte';
import { DraftState } from './state/draft.svelte';
import type { Entry, ImportItem } from './state/types';

export type * from './state/types';

export class AppState {
	/** True until the stored workspace (and the demo set, if any) is loaded. */
	starting = $state(true);
	readonly coordinator = new Coordinator();
	readonly filters = new FilterStore();
	readonly busy = new Busy();
	readonly content = new Content();
	readonly ui = new UiState();
	readonly workspace = new Persistence();
	readonly rebuild = new Rebuild(this.content, this.coordinator, () => this.roster.regions);
	readonly imports = new Imports(this);
	readonly roster = new RosterPart(this.content, this.workspace, () => this.change(() => Promise.resolve()));
	readonly draft = new DraftState((edits) => this.workspace.save((s) => s.putDraft(edits)));

	/** True once every import is loaded into DuckDB and every view has drawn its latest result. */
	get ready(): boolean {
		return !this.starting && this.rebuild.dbOpen && this.busy.count === 0 && this.coordinator.pending === 0;
	}

	openDb(opening?: Promise<BrowserDb> | null): Promise<void> {
		return this.rebuild.openDb(opening);
	}

	/**
	 * Opens the workspace and brings the dashboard back as it was: the stored
	 * files read again with their decisions, the stored mapping applied; the
	 * demo set on a first visit (unless `wantDemo` is false: `?demo=0`).
	 */
	async start(opts: { wantDemo: boolean; baseURI: string }): Promise<void> {
		const { content, workspace, imports } = this;
		try {
			const { files, decisions, profile, merges, roster, draft } = await workspace.open();
			await this.roster.replace(roster);
			if (profile) content.profile = profile;
			if (merges) content.merges = merges;
			await this.draft.restore(draft);
			void workspace.askPersistence();
			const plan = restorePlan(files, workspace.meta, opts.wantDemo);
			const restored: ImportItem[] = plan.restore.map((f) => ({
				name: f.name,
				source: f.bytes,
				demo: f.demo,
				stored: { addedAt: f.addedAt, seq: f.seq },
				decisions: decisions.get(f.fileId),
				read: () => f.bytes.arrayBuffer()
			}));
			// Restored files are already stored; only new ones (the demo set) are written.
			const restoring = imports.importFiles(restored, { persist: false });
			let demo: Promise<void> = Promise.resolve();
			if (plan.fetchDemo) demo = imports.importFiles(await demoFiles(opts.baseURI), { demo: true });
			// importFiles counts itself busy synchronously: `ready` cannot flash between restore and demo.
			this.starting = false;
			await Promise.all([restoring, demo]);
		} finally {
			this.starting = false;
			void workspace.refreshStorage();
		}
	}

	/** Stores a change of the content, then rebuilds; counted busy, the storage figures refreshed after if asked. */
	private change(store: () => Promise<void>, opts: { refresh?: boolean } = {}): Promise<void> {
		return this.busy.withBusy(
			async () => {
				await store();
				await this.rebuild.run();
			},
			opts.refresh ? () => void this.workspace.refreshStorage() : undefined
		);
	}

	/** Replaces the mapping profile: applied at once to every file (no file is read again), and stored. */
	setProfile(profile: MappingProfile): Promise<void> {
		this.content.profile = profile;
		return this.change(() => this.workspace.save((s) => s.putProfile(profile)));
	}

	remove(predicate: (e: Entry) => boolean): Promise<void> {
		const { content, workspace } = this;
		return this.change(
			() => {
				const gone = content.entries.filter(predicate);
				content.entries = content.entries.filter((e) => !predicate(e));
				return workspace.save((s) => s.deleteFiles(gone.map((e) => e.result.fileId)));
			},
			{ refresh: true }
		);
	}

	async removeDemo(): Promise<void> {
		await this.workspace.saveMeta({ demoRemoved: true });
		await this.remove((e) => e.demo);
	}

	removeFile(fileId: string): Promise<void> {
		return this.remove((e) => e.result.fileId === fileId);
	}

	/**
	 * Empties the workspace and the dashboard: files, decisions, mapping. The demo set does not come back.
	 * The roster stays (the year's list of expected units, slow to rebuild, is not the files): the notice
	 * says so, and the 名单 tab clears it on its own (clearRoster).
	 */
	clearAll(): Promise<void> {
		const { content, workspace, ui } = this;
		const years = this.roster.years;
		return this.change(
			() => {
				content.clear();
				void this.draft.restore(null);
				ui.sources = null;
				ui.notice = years.length ? { kind: 'cleared', names: [], ...bilingual('noticeClearedKeptRoster', { years: years.join('、') }) } : null;
				workspace.meta = { ...workspace.meta, demoRemoved: true };
				return workspace.save((s) => s.clear(workspace.meta, years.length ? this.roster.roster : undefined));
			},
			{ refresh: true }
		);
	}

	/** Clears the roster of every year, its deadlines and answers (the 名单 tab's 清除名单); the files stay. */
	clearRoster(): Promise<void> {
		return this.roster.clear();
	}

	/** Accept a unit-merge proposal: stored, applied to every file, remembered across reloads. */
	acceptMerge(p: UnitMergeProposal): Promise<void> {
		const { accepted } = this.content.merges;
		const merge = { from: p.from, to: p.to, region: p.region };
		return this.setMerges({ ...this.content.merges, accepted: [...accepted.filter((m) => mergeKey(m) !== mergeKey(merge)), merge] });
	}

	/** Reject a proposal: it is not proposed again. */
	rejectMerge(p: UnitMergeProposal): Promise<void> {
		const { rejected } = this.content.merges;
		const key = mergeKey(p);
		return this.setMerges({ ...this.content.merges, rejected: rejected.includes(key) ? rejected : [...rejected, key] });
	}

	/** Undo an accepted merge (the names are counted apart again, and may be proposed again). */
	undoMerge(m: { from: string; to: string; region?: string }): Promise<void> {
		const { accepted } = this.content.merges;
		return this.setMerges({ ...this.content.merges, accepted: accepted.filter((x) => mergeKey(x) !== mergeKey(m)) });
	}

	/** Gives many units a region at once (picked by name or by a name pattern): stored with the merges, applied before them. */
	assignRegions(a: RegionAssignment): Promise<void> {
		return this.setMerges({ ...this.content.merges, regions: [...(this.content.merges.regions ?? []), a] });
	}

	/** Takes back one region assignment (by its place in the list). */
	undoRegionAssignment(index: number): Promise<void> {
		const regions = (this.content.merges.regions ?? []).filter((_, i) => i !== index);
		return this.setMerges({ ...this.content.merges, regions });
	}

	/**
	 * Says where a region lies: inside another, at the top, or (apart) not inside one the
	 * data put it in. Stored; the tree, the counts and the charts follow at once (the facts do not change: no rebuild).
	 */
	nestRegion(n: RegionNesting): Promise<void> {
		return this.setNesting(addNesting(this.content.merges.nesting, n));
	}

	/** Takes back one of the user's nesting decisions (by its place in the list). */
	undoNesting(index: number): Promise<void> {
		return this.setNesting((this.content.merges.nesting ?? []).filter((_, i) => i !== index));
	}

	private setNesting(nesting: RegionNesting[]): Promise<void> {
		const merges = { ...this.content.merges, nesting };
		this.content.merges = merges;
		return this.busy.withBusy(() => this.workspace.save((s) => s.putMerges(merges)));
	}

	private setMerges(merges: MergeDecisions): Promise<void> {
		this.content.merges = merges;
		return this.change(() => this.workspace.save((s) => s.putMerges(merges)));
	}

	/** The file's account of every non-empty cell, and its problems (computed when asked: the list stays light). */
	ledgerOf(fileId: string): { summary: LedgerSummary; problems: Problem[]; error: Problem | null } | null {
		const e = this.content.find(fileId);
		return e ? { summary: e.result.ledgerSummary, problems: e.result.problems, error: e.result.error } : null;
	}

	/** The whole workspace (files in import order, decisions, mapping profile, unit merges) as one `.aqy` file. */
	async exportWorkspace(): Promise<Uint8Array> {
		const { entries, profile, merges } = this.content;
		const files: WorkspaceFile[] = [];
		const decisions: WorkspaceDecisions = { files: {}, profile, merges, demo: [], roster: this.roster.roster, draft: this.draft.edits };
		for (const e of entries) {
			// A file that could not be read goes too: it fails again when opened, and the roster still shows it 无法读取.
			if (!e.source || e.result.fileId.startsWith('failed:')) continue;
			const fileId = e.result.fileId;
			files.push({ name: e.result.file, bytes: new Uint8Array(await e.source.arrayBuffer()), fileId, ...(e.stored ? { addedAt: e.stored.addedAt } : {}) });
			if (Object.keys(e.decisions).length) decisions.files[fileId] = e.decisions;
			if (e.demo) decisions.demo.push(fileId);
		}
		const [{ encodeWorkspace }] = await workspaceFileParts();
		return encodeWorkspace({ files, decisions });
	}

	/** Reads and validates a workspace file; a good one waits for `confirmWorkspace`, a bad one is refused with the reason. */
	async openWorkspaceFile(name: string, bytes: Uint8Array): Promise<boolean> {
		const { ui } = this;
		ui.pendingWorkspace = null;
		const [{ decodeWorkspace }, { readWorkspaceDecisions }] = await workspaceFileParts();
		const decoded = decodeWorkspace(bytes);
		if (!decoded.ok) {
			ui.notice = { kind: 'workspace-error', names: [name], zh: decoded.error.zh, en: decoded.error.en };
			return false;
		}
		const ids = new Set(decoded.workspace.files.map((f) => f.fileId));
		const checked = readWorkspaceDecisions(decoded.workspace.decisions, ids);
		if (!checked.ok) {
			ui.notice = { kind: 'workspace-error', names: [name], zh: checked.zh, en: checked.en };
			return false;
		}
		ui.notice = null;
		ui.pendingWorkspace = { name, files: decoded.workspace.files, decisions: checked.decisions };
		return true;
	}

	cancelWorkspace(): void {
		this.ui.pendingWorkspace = null;
	}

	/** Replaces the whole workspace by the pending workspace file: everything now loaded is cleared first. */
	async confirmWorkspace(): Promise<void> {
		const { content, workspace, ui } = this;
		const pending = ui.pendingWorkspace;
		if (!pending) return;
		ui.pendingWorkspace = null;
		const { files, decisions } = pending;
		const work = async () => {
			const demo = new Set(decisions.demo);
			content.entries = [];
			ui.sources = null;
			content.profile = decisions.profile ?? emptyProfile();
			content.merges = decisions.merges;
			await this.roster.replace(decisions.roster);
			// Demo files in the workspace stay (and stay removable); without any, the demo set does not come back.
			workspace.meta = { ...workspace.meta, demoRemoved: demo.size === 0 };
			await workspace.save((s) => s.clear(workspace.meta));
			if (decisions.profile) await workspace.save((s) => s.putProfile(decisions.profile!));
			await workspace.save((s) => s.putMerges(decisions.merges));
			await workspace.save((s) => s.putRoster(decisions.roster));
			await this.draft.restore(decisions.draft);
			await workspace.save((s) => s.putDraft(this.draft.edits));
			workspace.restartSeq(0);
			const now = Date.now();
			await this.imports.importFiles(
				files.map((f, i) => ({
					name: f.name,
					source: new Blob([f.bytes as Uint8Array<ArrayBuffer>]),
					demo: demo.has(f.fileId),
					decisions: decisions.files[f.fileId],
					stored: { addedAt: f.addedAt ?? now, seq: i },
					read: async () => f.bytes.slice().buffer
				}))
			);
			workspace.restartSeq(files.length);
			ui.notice = { kind: 'workspace-loaded', names: [pending.name], ...bilingual('noticeWorkspaceLoaded', { name: pending.name, n: files.length }) };
		};
		await this.busy.withBusy(work, () => void workspace.refreshStorage());
	}
}
