/**
 * The dashboard's state: the files read (and which are demo data), the user's
 * decisions (per file, and the mapping profile), import progress, the DuckDB
 * store and the query coordinator. Every import — dropped, picked, restored
 * from the workspace or the demo set — goes through `importFiles`.
 *
 * The workspace (IndexedDB) keeps the original files and the decisions; facts
 * are always rebuilt from them, never stored. The page keeps each file's
 * digest and its facts packed (model/); each rebuild runs in a build worker
 * and its tables go to DuckDB.
 */
import type { FileDecisions } from '../pipeline';
import type { FileRow } from '../db/arrow';
import type { BrowserDb } from '../db/browser';
import { ModelClient } from '../model/client';
import type { FileDigest, ReadFile } from '../model/digest';
import type { PackedFacts } from '../model/pack';
import type { CheckCounts } from '../model/build';
import { IngestPool, type IngestFile } from '../ingest/pool';
import { admit, CAPACITY, capacityNotice, type Capacity } from '../ingest/capacity';
import { demoFiles } from '../ingest/demo';
import { emptyProfile, type MappingProfile } from '../mapping/profile';
import type { LabelEntry } from '../mapping/inventory';
import { emptyMeta, storable, WorkspaceStore, type FileToStore, type StoredFile, type WorkspaceMeta } from '../workspace/store';
import { emptyMergeDecisions, mergeKey, readWorkspaceDecisions, restorePlan, sameDecisions, type MergeDecisions, type WorkspaceDecisions } from '../workspace/plan';
import { decodeWorkspace, encodeWorkspace, type WorkspaceFile } from '../workspace/file-format';
import type { Check, UnitMergeProposal } from '../checks/index';
import type { LedgerSummary } from '../facts/ledger-summary';
import type { Problem } from '../facts/problem';
import type { BoundQuery } from '../db/types';
import { Coordinator } from './coordinator.svelte';
import { FilterStore } from './filters.svelte';

export interface Entry {
	result: FileDigest;
	/** Its facts, packed (typed arrays: light on the heap); each rebuild's worker gets a copy. */
	packed: PackedFacts;
	demo: boolean;
	/** The original bytes, to read the file again with other decisions (null: could not be kept). */
	source: Blob | null;
	decisions: FileDecisions;
	/** When and in which order it was stored (kept when the file is replaced by a corrected version). */
	stored?: { addedAt: number; seq: number };
}

/** A message for the user about the last action (zh + en), e.g. files already imported. */
export interface Notice {
	kind: 'duplicate' | 'replaced' | 'replace-failed' | 'workspace-error' | 'workspace-loaded' | 'capacity';
	zh: string;
	en: string;
	/** File names concerned. */
	names: string[];
}

/** A workspace file read and validated, waiting for the user's confirmation to replace the workspace. */
export interface PendingWorkspace {
	name: string;
	files: WorkspaceFile[];
	decisions: WorkspaceDecisions;
}

/** The facts behind a number, for the sources panel. */
export interface SourcesRequest {
	title: string;
	query: BoundQuery;
	/** The check's own places (a 合计 cell holds no fact, but is still a source). */
	places?: { file: string; sheet: string; cell: string; value?: number | null }[];
}

export type View = 'dashboard' | 'report' | 'mapping' | 'checks';

/** How often the import's progress bar moves. */
const PROGRESS_EVERY_MS = 100;

/** One file to import; `source` (a dropped File, a stored Blob) saves copying the bytes to keep them. */
export type ImportItem = IngestFile & { source?: Blob; demo?: boolean; stored?: { addedAt: number; seq: number } };

export type FileRowView = FileRow & {
	demo: boolean;
	shapes: string[];
	/** Names of the file's hidden sheets (read only when the user includes them). */
	hiddenSheets: string[];
	/** The user's decisions in force for this file. */
	decisions: FileDecisions;
	/** Regions and years of the file's filings as read (after decisions). */
	regions: string[];
	years: number[];
	/** The file can be read again (its bytes are kept). */
	rereadable: boolean;
};

export interface StorageInfo {
	/** Bytes used by this origin, and the quota (navigator.storage.estimate). */
	usage: number | null;
	quota: number | null;
	persisted: boolean | null;
	/** The workspace could be opened (IndexedDB available). */
	available: boolean;
}

export class AppState {
	entries = $state.raw<Entry[]>([]);
	rows = $state.raw<FileRowView[]>([]);
	/** Every source label, for the mapping review screen. */
	inventory = $state.raw<LabelEntry[]>([]);
	/** Regions seen in the facts (for the file list's region suggestions). */
	knownRegions = $state.raw<string[]>([]);
	profile = $state.raw<MappingProfile>(emptyProfile());
	/** Files read / total in the running imports (null when none runs). */
	progress = $state<{ done: number; total: number } | null>(null);
	busy = $state(0);
	/** True until the stored workspace (and the demo set, if any) is loaded. */
	starting = $state(true);
	dbOpen = $state(false);
	dbError = $state<string | null>(null);
	storage = $state<StorageInfo>({ usage: null, quota: null, persisted: null, available: false });
	storageError = $state<string | null>(null);
	/** Accepted and rejected unit merges (stored; accepted ones applied before filings are resolved). */
	merges = $state.raw<MergeDecisions>(emptyMergeDecisions());
	/** runChecks output for the facts now loaded (computed after each rebuild, off the hot path; at most CHECKS_LISTED_PER_CODE per rule). */
	checks = $state.raw<Check[]>([]);
	/** Exact counts of the checks per rule (the list may hold fewer). */
	checkCounts = $state.raw<CheckCounts>({});
	/** Unit-merge proposals not yet answered. */
	proposals = $state.raw<UnitMergeProposal[]>([]);
	checksRunning = $state(false);
	/** Why the checks of the last rebuild could not be run (null: they ran). */
	checksError = $state<string | null>(null);
	notice = $state.raw<Notice | null>(null);
	pendingWorkspace = $state.raw<PendingWorkspace | null>(null);
	sources = $state.raw<SourcesRequest | null>(null);
	view = $state<View>('dashboard');
	readonly coordinator = new Coordinator();
	readonly filters = new FilterStore();
	private db: BrowserDb | null = null;
	private dbReady: Promise<BrowserDb | null>;
	private resolveDb!: (db: BrowserDb | null) => void;
	private pool: IngestPool | null = null;
	private model = new ModelClient();
	private loads: Promise<void> = Promise.resolve();
	private store: WorkspaceStore | null = null;
	private meta: WorkspaceMeta = emptyMeta();
	private seq = 0;

	/** How many facts this page takes (ingest/capacity.ts). */
	capacity: Capacity = CAPACITY;

	constructor() {
		this.dbReady = new Promise((r) => (this.resolveDb = r));
	}

	/** True once every import is loaded into DuckDB and every view has drawn its latest result. */
	get ready(): boolean {
		return !this.starting && this.dbOpen && this.busy === 0 && this.coordinator.pending === 0;
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

	get hasDemo(): boolean {
		return this.entries.some((e) => e.demo);
	}

	/** `opening`: DuckDB already being opened (started before the page hydrated); else it is opened here. */
	async openDb(opening?: Promise<BrowserDb> | null): Promise<void> {
		try {
			const db = await (opening ?? import('../db/browser').then((m) => m.BrowserDb.open()));
			this.db = db;
			this.coordinator.attach(db);
			this.dbOpen = true;
			this.resolveDb(this.db);
		} catch (e) {
			this.dbError = e instanceof Error ? e.message : String(e);
			this.resolveDb(null);
		}
	}

	/**
	 * Opens the workspace and brings the dashboard back as it was: the stored
	 * files read again with their decisions, the stored mapping applied; the
	 * demo set on a first visit (unless `wantDemo` is false: `?demo=0`).
	 */
	async start(opts: { wantDemo: boolean; baseURI: string }): Promise<void> {
		try {
			let files: StoredFile[] = [];
			let decisions = new Map<string, FileDecisions>();
			try {
				this.store = await WorkspaceStore.open();
				const snap = await this.store.load();
				files = snap.files;
				decisions = snap.decisions;
				this.meta = snap.meta;
				if (snap.profile) this.profile = snap.profile;
				this.merges = snap.merges;
				this.seq = files.reduce((m, f) => Math.max(m, f.seq + 1), 0);
				this.storage = { ...this.storage, available: true };
			} catch (e) {
				this.store = null;
				this.storageError = e instanceof Error ? e.message : String(e);
			}
			void this.askPersistence();
			const plan = restorePlan(files, this.meta, opts.wantDemo);
			const restored: ImportItem[] = plan.restore.map((f) => ({
				name: f.name,
				source: f.bytes,
				demo: f.demo,
				stored: { addedAt: f.addedAt, seq: f.seq },
				decisions: decisions.get(f.fileId),
				read: () => f.bytes.arrayBuffer()
			}));
			// Restored files are already stored; only new ones (the demo set) are written.
			const restoring = restored.length ? this.importFiles(restored, { persist: false }) : Promise.resolve();
			let demo: Promise<void> = Promise.resolve();
			if (plan.fetchDemo) {
				const items = await demoFiles(opts.baseURI);
				demo = this.importFiles(items, { demo: true });
			}
			// importFiles counts itself busy synchronously: `ready` cannot flash between restore and demo.
			this.starting = false;
			await Promise.all([restoring, demo]);
		} finally {
			this.starting = false;
			void this.refreshStorage();
		}
	}

	async importFiles(files: ImportItem[], opts: { demo?: boolean; persist?: boolean } = {}): Promise<void> {
		if (files.length === 0) return;
		this.busy++;
		const base = this.progress ?? { done: 0, total: 0 };
		this.progress = { done: base.done, total: base.total + files.length };
		try {
			this.pool ??= new IngestPool();
			// The bytes are transferred to a worker: keep a copy (a Blob) to store and to read again later.
			const sources: (Blob | null)[] = files.map((f) => f.source ?? null);
			const jobs: IngestFile[] = files.map((f, i) => ({
				name: f.name,
				decisions: f.decisions,
				read: async () => {
					const buffer = await f.read();
					sources[i] ??= new Blob([buffer]);
					return buffer;
				}
			}));
			// The bar moves ten times a second, not once per file: a thousand small files finish
			// hundreds a second, and redrawing the page for each took the parse workers' CPU.
			let read = 0;
			let tick: ReturnType<typeof setTimeout> | null = null;
			const show = () => {
				tick = null;
				if (this.progress && read > 0) this.progress = { ...this.progress, done: this.progress.done + read };
				read = 0;
			};
			const results = await this.pool.processAll(jobs, (done) => {
				if (done === 0) return;
				read++;
				tick ??= setTimeout(show, PROGRESS_EVERY_MS);
			});
			if (tick) clearTimeout(tick);
			show();
			performance.mark('import:read');
			const known = new Set(this.entries.map((e) => e.result.fileId));
			const loaded = this.factsHeld();
			const fresh: number[] = [];
			const repeated: string[] = [];
			results.forEach(({ digest }, i) => {
				// The same content imported twice counts once (and the user is told).
				if (known.has(digest.fileId)) repeated.push(digest.file);
				else {
					known.add(digest.fileId);
					fresh.push(i);
				}
			});
			// Files past the page's capacity come back as errors (the rest loads).
			const admitted = admit(
				fresh.map((i) => results[i]),
				loaded,
				this.capacity
			);
			const added: Entry[] = fresh.map((i, k) => {
				const { digest, packed } = admitted.files[k];
				return { result: digest, packed, demo: files[i].demo ?? opts.demo ?? false, source: sources[i], decisions: files[i].decisions ?? {}, stored: files[i].stored };
			});
			const near = capacityNotice(admitted, loaded, this.capacity);
			if (near) this.notice = { kind: 'capacity', ...near };
			if (repeated.length && opts.persist !== false)
				this.notice = {
					kind: 'duplicate',
					names: repeated,
					zh: `已导入过（内容相同），未重复计入：${repeated.join('、')}`,
					en: `Already imported (same content), not counted twice: ${repeated.join(', ')}`
				};
			this.entries = [...this.entries, ...added];
			// Stored while the tables are built (the build is asked for first): the dashboard does not wait for IndexedDB.
			const loading = this.reload();
			// Small files are stored from the bytes the workers gave back, not from the dropped Files (see storable).
			const persisting = opts.persist !== false ? this.persistFiles(added, fresh.map((i) => results[i].bytes)) : Promise.resolve();
			await Promise.all([loading, persisting]);
		} finally {
			this.busy--;
			if (this.busy === 0) this.progress = null;
		}
	}

	/** Stops the imports under way: files not yet read come back "已取消 / cancelled"; those already read are kept and loaded. */
	cancelImport(): void {
		this.pool?.cancel();
	}

	/**
	 * The user's region / year / hidden-sheet decisions for one file: the file
	 * alone is read again with them (in the worker pool), then everything is rebuilt.
	 */
	async setDecisions(fileId: string, decisions: FileDecisions): Promise<void> {
		const entry = this.entries.find((e) => e.result.fileId === fileId);
		if (!entry || sameDecisions(entry.decisions, decisions)) return;
		const source = entry.source;
		if (!source) return;
		this.busy++;
		try {
			this.pool ??= new IngestPool();
			const read = await this.pool.process({ name: entry.result.file, decisions, read: () => source.arrayBuffer() });
			// Read again with more (a hidden sheet included), the file may no longer fit: it stays as it was.
			const tooBig = this.pastCapacity(read, entry);
			if (tooBig) {
				this.notice = { kind: 'capacity', names: [entry.result.file], zh: tooBig.zh, en: tooBig.en };
				return;
			}
			// Same bytes, same id; a read that failed outright keeps the entry's id so it stays one file.
			if (read.digest.fileId !== fileId) read.digest = { ...read.digest, fileId };
			const next: Entry = { ...entry, result: read.digest, packed: read.packed, decisions };
			this.entries = this.entries.map((e) => (e === entry ? next : e));
			await this.saving(this.store?.putDecisions(fileId, decisions));
			await this.reload();
		} finally {
			this.busy--;
		}
	}

	/** Facts of every file now loaded, as read (what the capacity counts). */
	private factsHeld(): number {
		return this.entries.reduce((s, e) => s + e.packed.n, 0);
	}

	/** Why `read` cannot take `replacing`'s place within the page's capacity (null: it fits). */
	private pastCapacity(read: ReadFile, replacing: Entry): Problem | null {
		const admitted = admit([read], this.factsHeld() - replacing.packed.n, this.capacity);
		return admitted.refused.length ? admitted.files[0].digest.error : null;
	}

	/** Replaces the mapping profile: applied at once to every file (no file is read again), and stored. */
	async setProfile(profile: MappingProfile): Promise<void> {
		this.profile = profile;
		this.busy++;
		try {
			await this.saving(this.store?.putProfile(profile));
			await this.reload();
		} finally {
			this.busy--;
		}
	}

	async remove(predicate: (e: Entry) => boolean): Promise<void> {
		this.busy++;
		try {
			const gone = this.entries.filter(predicate);
			this.entries = this.entries.filter((e) => !predicate(e));
			await this.saving(this.store?.deleteFiles(gone.map((e) => e.result.fileId)));
			await this.reload();
		} finally {
			this.busy--;
			void this.refreshStorage();
		}
	}

	async removeDemo(): Promise<void> {
		this.meta = { ...this.meta, demoRemoved: true };
		await this.saving(this.store?.putMeta(this.meta));
		await this.remove((e) => e.demo);
	}

	removeFile(fileId: string): Promise<void> {
		return this.remove((e) => e.result.fileId === fileId);
	}

	/** Empties the workspace and the dashboard: files, decisions, mapping. The demo set does not come back. */
	async clearAll(): Promise<void> {
		this.busy++;
		try {
			this.entries = [];
			this.profile = emptyProfile();
			this.merges = emptyMergeDecisions();
			this.sources = null;
			this.meta = { ...this.meta, demoRemoved: true };
			await this.saving(this.store?.clear(this.meta));
			await this.reload();
		} finally {
			this.busy--;
			void this.refreshStorage();
		}
	}

	async refreshStorage(): Promise<void> {
		const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
		if (!s) return;
		try {
			const [estimate, persisted] = await Promise.all([s.estimate?.() ?? Promise.resolve(undefined), s.persisted?.() ?? Promise.resolve(null)]);
			this.storage = { ...this.storage, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
		} catch {
			// Estimates are a courtesy; without them the panel says "unknown".
		}
	}

	/** Asks once (ever) for persistent storage, so the browser does not evict the workspace under pressure. */
	private async askPersistence(): Promise<void> {
		const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
		if (!this.store || this.meta.persistAsked || !s?.persist) return;
		this.meta = { ...this.meta, persistAsked: true };
		await this.saving(this.store.putMeta(this.meta));
		try {
			await s.persist();
		} catch {
			// Refused or unsupported: the workspace still works, it may just be evicted.
		}
		void this.refreshStorage();
	}

	/** `bytes[k]`: the k-th added file's bytes, when the workers gave them back. */
	private async persistFiles(added: Entry[], bytes: (ArrayBuffer | undefined)[]): Promise<void> {
		const now = Date.now();
		const records: FileToStore[] = [];
		added.forEach((e, k) => {
			if (!e.source || e.result.fileId.startsWith('failed:')) return;
			e.stored ??= { addedAt: now, seq: this.seq++ };
			records.push({ fileId: e.result.fileId, name: e.result.file, bytes: storable(e.source, bytes[k]), addedAt: e.stored.addedAt, seq: e.stored.seq, demo: e.demo });
		});
		await this.saving(this.store?.putFiles(records));
		for (const e of added) if (Object.keys(e.decisions).length && !e.result.fileId.startsWith('failed:')) await this.saving(this.store?.putDecisions(e.result.fileId, e.decisions));
		void this.refreshStorage();
	}

	/** A store write that fails (quota, private mode) is reported, never fatal to the dashboard. */
	private async saving(op: Promise<void> | undefined): Promise<void> {
		if (!op) return;
		try {
			await op;
			this.storageError = null;
		} catch (e) {
			this.storageError = e instanceof Error ? e.message : String(e);
		}
	}

	/** Accept a unit-merge proposal: stored, applied to every file, remembered across reloads. */
	acceptMerge(p: UnitMergeProposal): Promise<void> {
		const merge = { from: p.from, to: p.to, region: p.region };
		return this.setMerges({ accepted: [...this.merges.accepted.filter((m) => mergeKey(m) !== mergeKey(merge)), merge], rejected: this.merges.rejected });
	}

	/** Reject a proposal: it is not proposed again. */
	rejectMerge(p: UnitMergeProposal): Promise<void> {
		const key = mergeKey(p);
		return this.setMerges({ accepted: this.merges.accepted, rejected: this.merges.rejected.includes(key) ? this.merges.rejected : [...this.merges.rejected, key] });
	}

	/** Undo an accepted merge (the names are counted apart again, and may be proposed again). */
	undoMerge(m: { from: string; to: string; region?: string }): Promise<void> {
		return this.setMerges({ accepted: this.merges.accepted.filter((x) => mergeKey(x) !== mergeKey(m)), rejected: this.merges.rejected });
	}

	private async setMerges(merges: MergeDecisions): Promise<void> {
		this.merges = merges;
		this.busy++;
		try {
			await this.saving(this.store?.putMerges(merges));
			await this.reload();
		} finally {
			this.busy--;
		}
	}

	/** The file's account of every non-empty cell, and its problems (computed when asked: the list stays light). */
	ledgerOf(fileId: string): { summary: LedgerSummary; problems: Problem[]; error: Problem | null } | null {
		const e = this.entries.find((x) => x.result.fileId === fileId);
		return e ? { summary: e.result.ledgerSummary, problems: e.result.problems, error: e.result.error } : null;
	}

	/**
	 * Replaces a file by a corrected version: the new file takes the old one's
	 * place (import order) and decisions. Same content, content already imported
	 * as another file, or a replacement that cannot be read: nothing changes, the user is told.
	 */
	async replaceFile(fileId: string, item: ImportItem): Promise<void> {
		const old = this.entries.find((e) => e.result.fileId === fileId);
		if (!old) return;
		this.busy++;
		try {
			this.pool ??= new IngestPool();
			let source: Blob | null = item.source ?? null;
			const read = await this.pool.process({
				name: item.name,
				decisions: old.decisions,
				read: async () => {
					const buffer = await item.read();
					source ??= new Blob([buffer]);
					return buffer;
				}
			});
			const result = read.digest;
			const names = [item.name];
			const tooBig = source && !result.error ? this.pastCapacity(read, old) : null;
			if (result.error || !source || tooBig) {
				const why = result.error ?? tooBig ?? { zh: '无法读取。', en: 'could not be read.' };
				this.notice = { kind: 'replace-failed', names, zh: `未替换“${old.result.file}”：“${item.name}”${why.zh}`, en: `"${old.result.file}" was not replaced: "${item.name}": ${why.en}` };
				return;
			}
			if (result.fileId === fileId) {
				this.notice = { kind: 'duplicate', names, zh: `“${item.name}”与原文件内容相同，未作改动。`, en: `"${item.name}" has the same content as the file it would replace; nothing changed.` };
				return;
			}
			if (this.entries.some((e) => e.result.fileId === result.fileId)) {
				this.notice = { kind: 'duplicate', names, zh: `已导入过（内容相同）：${item.name}`, en: `Already imported (same content): ${item.name}` };
				return;
			}
			const stored = old.stored ?? { addedAt: Date.now(), seq: this.seq++ };
			const next: Entry = { result, packed: read.packed, demo: false, source, decisions: old.decisions, stored };
			this.entries = this.entries.map((e) => (e === old ? next : e));
			await this.saving(this.store?.deleteFiles([fileId]));
			await this.saving(this.store?.putFiles([{ fileId: result.fileId, name: result.file, bytes: storable(source, read.bytes), addedAt: stored.addedAt, seq: stored.seq, demo: false }]));
			if (Object.keys(old.decisions).length) await this.saving(this.store?.putDecisions(result.fileId, old.decisions));
			this.notice = { kind: 'replaced', names, zh: `已用“${item.name}”替换“${old.result.file}”。`, en: `"${old.result.file}" was replaced by "${item.name}".` };
			await this.reload();
		} finally {
			this.busy--;
			void this.refreshStorage();
		}
	}

	/** The whole workspace (files in import order, decisions, mapping profile, unit merges) as one `.aqy` file. */
	async exportWorkspace(): Promise<Uint8Array> {
		const files: WorkspaceFile[] = [];
		const decisions: WorkspaceDecisions = { files: {}, profile: this.profile, merges: this.merges, demo: [] };
		for (const e of this.entries) {
			if (!e.source || e.result.error) continue;
			const fileId = e.result.fileId;
			files.push({ name: e.result.file, bytes: new Uint8Array(await e.source.arrayBuffer()), fileId, ...(e.stored ? { addedAt: e.stored.addedAt } : {}) });
			if (Object.keys(e.decisions).length) decisions.files[fileId] = e.decisions;
			if (e.demo) decisions.demo.push(fileId);
		}
		return encodeWorkspace({ files, decisions });
	}

	/** Reads and validates a workspace file; a good one waits for `confirmWorkspace`, a bad one is refused with the reason. */
	openWorkspaceFile(name: string, bytes: Uint8Array): boolean {
		this.pendingWorkspace = null;
		const decoded = decodeWorkspace(bytes);
		if (!decoded.ok) {
			this.notice = { kind: 'workspace-error', names: [name], zh: decoded.error.zh, en: decoded.error.en };
			return false;
		}
		const ids = new Set(decoded.workspace.files.map((f) => f.fileId));
		const checked = readWorkspaceDecisions(decoded.workspace.decisions, ids);
		if (!checked.ok) {
			this.notice = { kind: 'workspace-error', names: [name], zh: checked.zh, en: checked.en };
			return false;
		}
		this.notice = null;
		this.pendingWorkspace = { name, files: decoded.workspace.files, decisions: checked.decisions };
		return true;
	}

	cancelWorkspace(): void {
		this.pendingWorkspace = null;
	}

	/** Replaces the whole workspace by the pending workspace file: everything now loaded is cleared first. */
	async confirmWorkspace(): Promise<void> {
		const pending = this.pendingWorkspace;
		if (!pending) return;
		this.pendingWorkspace = null;
		const { files, decisions } = pending;
		this.busy++;
		try {
			const demo = new Set(decisions.demo);
			this.entries = [];
			this.sources = null;
			this.profile = decisions.profile ?? emptyProfile();
			this.merges = decisions.merges;
			// Demo files in the workspace stay (and stay removable); without any, the demo set does not come back.
			this.meta = { ...this.meta, demoRemoved: demo.size === 0 };
			await this.saving(this.store?.clear(this.meta));
			if (decisions.profile) await this.saving(this.store?.putProfile(decisions.profile));
			await this.saving(this.store?.putMerges(decisions.merges));
			this.seq = 0;
			const now = Date.now();
			await this.importFiles(
				files.map((f, i) => ({
					name: f.name,
					source: new Blob([f.bytes as Uint8Array<ArrayBuffer>]),
					demo: demo.has(f.fileId),
					decisions: decisions.files[f.fileId],
					stored: { addedAt: f.addedAt ?? now, seq: i },
					read: async () => f.bytes.slice().buffer
				}))
			);
			this.seq = files.length;
			this.notice = { kind: 'workspace-loaded', names: [pending.name], zh: `已打开工作区“${pending.name}”（${files.length} 个文件）。`, en: `Opened workspace "${pending.name}" (${files.length} files).` };
		} finally {
			this.busy--;
			void this.refreshStorage();
		}
	}

	showSources(request: SourcesRequest): void {
		this.sources = request;
	}

	/**
	 * Resolve filings, apply the mapping over every file now loaded (in a
	 * build worker) and replace the DuckDB tables with the result (one load at a time).
	 */
	private reload(): Promise<void> {
		const run = async () => {
			const entries = this.entries;
			this.checksRunning = true;
			const files = entries.map((e) => ({ digest: e.result, packed: e.packed }));
			let built;
			try {
				built = await this.model.build(files, this.profile, this.merges, (r) => {
					const ok = 'checks' in r;
					this.checks = ok ? r.checks : [];
					this.checkCounts = ok ? r.counts : {};
					this.proposals = ok ? r.proposals : [];
					this.checksError = ok ? null : r.error;
					this.checksRunning = false;
				});
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
