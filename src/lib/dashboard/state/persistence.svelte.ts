/**
 * The workspace kept in the browser (IndexedDB): the original files and the
 * user's decisions, never the facts. A write that fails (quota, private mode)
 * is shown as `storageError`, never fatal to the dashboard.
 */
import type { FileDecisions } from '../../pipeline';
import type { MappingProfile } from '../../mapping/profile';
import { emptyMeta, storable, WorkspaceStore, type FileToStore, type StoredFile, type WorkspaceMeta } from '../../workspace/store';
import type { MergeDecisions } from '../../workspace/plan';
import { emptyRoster, type Roster } from '../../roster/types';
import type { Entry, StorageInfo } from './types';

/** What a previous visit left (nothing when IndexedDB is not available). */
export interface Restored {
	files: StoredFile[];
	decisions: Map<string, FileDecisions>;
	profile: MappingProfile | null;
	merges: MergeDecisions | null;
	roster: Roster;
	/** The 总结报告 draft's edits as stored (unvalidated: the draft part reads them). */
	draft: unknown;
}

export class Persistence {
	storage = $state<StorageInfo>({ usage: null, quota: null, persisted: null, available: false });
	storageError = $state<string | null>(null);
	meta: WorkspaceMeta = emptyMeta();
	private store: WorkspaceStore | null = null;
	/** The next file's place in the stored import order. */
	private seq = 0;

	async open(): Promise<Restored> {
		try {
			this.store = await WorkspaceStore.open();
			const snap = await this.store.load();
			this.meta = snap.meta;
			this.seq = snap.files.reduce((m, f) => Math.max(m, f.seq + 1), 0);
			this.storage = { ...this.storage, available: true };
			return { files: snap.files, decisions: snap.decisions, profile: snap.profile ?? null, merges: snap.merges, roster: snap.roster, draft: snap.draft };
		} catch (e) {
			this.store = null;
			this.storageError = e instanceof Error ? e.message : String(e);
			return { files: [], decisions: new Map(), profile: null, merges: null, roster: emptyRoster(), draft: null };
		}
	}

	nextSeq(): number {
		return this.seq++;
	}

	/** The stored import order starts again at `seq` (a workspace file replaced everything). */
	restartSeq(seq: number): void {
		this.seq = seq;
	}

	/** Runs one write on the store (none when there is no store); a failure is reported, not thrown. */
	async save(write: (store: WorkspaceStore) => Promise<void>): Promise<void> {
		if (!this.store) return;
		try {
			await write(this.store);
			this.storageError = null;
		} catch (e) {
			this.storageError = e instanceof Error ? e.message : String(e);
		}
	}

	saveMeta(patch: Partial<WorkspaceMeta>): Promise<void> {
		this.meta = { ...this.meta, ...patch };
		return this.save((s) => s.putMeta(this.meta));
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
	async askPersistence(): Promise<void> {
		const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
		if (!this.store || this.meta.persistAsked || !s?.persist) return;
		await this.saveMeta({ persistAsked: true });
		try {
			await s.persist();
		} catch {
			// Refused or unsupported: the workspace still works, it may just be evicted.
		}
		void this.refreshStorage();
	}

	/** Stores newly imported files; `bytes[k]`: the k-th added file's bytes, when the workers gave them back. */
	async putFiles(added: Entry[], bytes: (ArrayBuffer | undefined)[]): Promise<void> {
		const now = Date.now();
		const records: FileToStore[] = [];
		added.forEach((e, k) => {
			if (!e.source || e.result.fileId.startsWith('failed:')) return;
			e.stored ??= { addedAt: now, seq: this.nextSeq() };
			records.push({ fileId: e.result.fileId, name: e.result.file, bytes: storable(e.source, bytes[k]), addedAt: e.stored.addedAt, seq: e.stored.seq, demo: e.demo });
		});
		await this.save((s) => s.putFiles(records));
		for (const e of added) if (Object.keys(e.decisions).length && !e.result.fileId.startsWith('failed:')) await this.save((s) => s.putDecisions(e.result.fileId, e.decisions));
		void this.refreshStorage();
	}
}
