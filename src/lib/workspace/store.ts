/**
 * The workspace kept in the browser (IndexedDB): the original files and the
 * user's decisions, the source of truth the dashboard is rebuilt from on every
 * visit. Facts are never stored — they are read again from the files.
 * Promise-based and small; the IDBFactory is a parameter so it runs wherever
 * IndexedDB exists (a page or a worker).
 */
import type { FileDecisions } from '../pipeline';
import { emptyRoster, type Roster } from '../roster/types';
import type { MappingProfile } from '../mapping/profile';
import { emptyMergeDecisions, validateMergeDecisions, type MergeDecisions } from './merges';

export const WORKSPACE_DB = 'anquanyue-kanban';
const VERSION = 1;
const FILES = 'files';
const DECISIONS = 'decisions';
const SETTINGS = 'settings';

/** One original file as imported. */
export interface StoredFile {
	/** The content hash the core gives it (FileResult.fileId). */
	fileId: string;
	name: string;
	/** Read back always as a Blob, however it was stored. */
	bytes: Blob;
	/** ms since epoch; with `seq`, keeps the import order (the later filing wins ties). */
	addedAt: number;
	seq: number;
	demo: boolean;
}

/**
 * A file to store: its bytes as an ArrayBuffer when the page has them (cheap
 * to store), or as a Blob (a dropped File: IndexedDB copies it from disk, under
 * the page's thread).
 */
export type FileToStore = Omit<StoredFile, 'bytes'> & { bytes: Blob | ArrayBuffer };

/** Above this size a file is stored from its Blob: IndexedDB would first copy an ArrayBuffer that big in the page's memory. */
export const STORE_BYTES_MAX = 4 * 1024 * 1024;

/**
 * What to store for a file: its bytes when the page has them and they are
 * small (a thousand dropped Files would each be copied from disk under the
 * page's thread, ~0.6 ms a file), else its Blob.
 */
export function storable(source: Blob, bytes: ArrayBuffer | undefined): Blob | ArrayBuffer {
	return bytes && bytes.byteLength <= STORE_BYTES_MAX ? bytes : source;
}

export interface WorkspaceMeta {
	/** The user removed the demo set (or cleared everything): it does not come back. */
	demoRemoved: boolean;
	/** navigator.storage.persist() was asked once. */
	persistAsked: boolean;
}

export const emptyMeta = (): WorkspaceMeta => ({ demoRemoved: false, persistAsked: false });

export interface WorkspaceSnapshot {
	files: StoredFile[];
	decisions: Map<string, FileDecisions>;
	profile: MappingProfile | null;
	/** Unit-merge proposals the user accepted (applied) and rejected (not proposed again). */
	merges: MergeDecisions;
	/** Who must report (应报单位), the deadlines and the user's answers about filers. */
	roster: Roster;
	meta: WorkspaceMeta;
	/** The 总结报告 draft's edits as stored, unvalidated (the report part reads them: readDraftEdits). */
	draft: unknown;
	/** True when nothing was ever stored (a first visit). */
	fresh: boolean;
}

const done = <T>(req: IDBRequest<T>): Promise<T> =>
	new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});

const finished = (tx: IDBTransaction): Promise<void> =>
	new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
	});

/** Files stored per transaction (50 ArrayBuffers take the page's thread ~2 ms; 50 dropped Files ~30 ms). */
const PUT_BATCH = 50;

export class WorkspaceStore {
	private constructor(private readonly db: IDBDatabase) {}

	static open(factory: IDBFactory = globalThis.indexedDB, name = WORKSPACE_DB): Promise<WorkspaceStore> {
		return new Promise((resolve, reject) => {
			if (!factory) return reject(new Error('IndexedDB is not available'));
			const req = factory.open(name, VERSION);
			req.onupgradeneeded = () => {
				const db = req.result;
				if (!db.objectStoreNames.contains(FILES)) db.createObjectStore(FILES, { keyPath: 'fileId' });
				if (!db.objectStoreNames.contains(DECISIONS)) db.createObjectStore(DECISIONS);
				if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
			};
			req.onsuccess = () => resolve(new WorkspaceStore(req.result));
			req.onerror = () => reject(req.error);
			req.onblocked = () => reject(new Error('IndexedDB open blocked'));
		});
	}

	/** Everything stored, files in import order. A stored profile that no longer validates is dropped. */
	async load(): Promise<WorkspaceSnapshot> {
		const tx = this.db.transaction([FILES, DECISIONS, SETTINGS], 'readonly');
		const files = done(tx.objectStore(FILES).getAll() as IDBRequest<FileToStore[]>);
		const keys = done(tx.objectStore(DECISIONS).getAllKeys());
		const values = done(tx.objectStore(DECISIONS).getAll() as IDBRequest<FileDecisions[]>);
		const profile = done(tx.objectStore(SETTINGS).get('profile') as IDBRequest<unknown>);
		const meta = done(tx.objectStore(SETTINGS).get('meta') as IDBRequest<WorkspaceMeta | undefined>);
		const merges = done(tx.objectStore(SETTINGS).get('merges') as IDBRequest<unknown>);
		const roster = done(tx.objectStore(SETTINGS).get('roster') as IDBRequest<unknown>);
		const draft = done(tx.objectStore(SETTINGS).get('draft') as IDBRequest<unknown>);
		await finished(tx);
		const [f, k, v, p, m, g, d, r] = [await files, await keys, await values, await profile, await meta, await merges, await draft, await roster];
		const decisions = new Map<string, FileDecisions>();
		k.forEach((key, i) => decisions.set(String(key), v[i]));
		// The profile's checks load only when there is a stored profile: no part of a first visit's start.
		const checked = p === undefined ? null : (await import('../mapping/validate')).validateProfile(p);
		return {
			files: f.map((r) => ({ ...r, bytes: r.bytes instanceof Blob ? r.bytes : new Blob([r.bytes]) })).sort((a, b) => a.addedAt - b.addedAt || a.seq - b.seq),
			decisions,
			profile: checked?.ok ? checked.profile : null,
			merges: (g === undefined ? null : validateMergeDecisions(g)) ?? emptyMergeDecisions(),
			// A stored roster's checks load only when one is stored.
			roster: r === undefined ? emptyRoster() : (await import('../roster/edit')).validRoster(r),
			meta: { ...emptyMeta(), ...(m ?? {}) },
			draft: d ?? null,
			fresh: f.length === 0 && m === undefined && p === undefined && k.length === 0
		};
	}

	/**
	 * Stores files, a batch per transaction: between batches the page's thread
	 * stays free for the import (the tables' load, the charts) going on meanwhile.
	 */
	async putFiles(files: FileToStore[]): Promise<void> {
		for (let i = 0; i < files.length; i += PUT_BATCH) {
			const tx = this.db.transaction(FILES, 'readwrite');
			const store = tx.objectStore(FILES);
			for (const f of files.slice(i, i + PUT_BATCH)) store.put(f);
			await finished(tx);
		}
	}

	/** Removes files and their decisions. */
	async deleteFiles(fileIds: string[]): Promise<void> {
		if (fileIds.length === 0) return;
		const tx = this.db.transaction([FILES, DECISIONS], 'readwrite');
		for (const id of fileIds) {
			tx.objectStore(FILES).delete(id);
			tx.objectStore(DECISIONS).delete(id);
		}
		await finished(tx);
	}

	/** Sets a file's decisions; empty decisions are deleted. */
	async putDecisions(fileId: string, decisions: FileDecisions): Promise<void> {
		const tx = this.db.transaction(DECISIONS, 'readwrite');
		if (Object.keys(decisions).length === 0) tx.objectStore(DECISIONS).delete(fileId);
		else tx.objectStore(DECISIONS).put(decisions, fileId);
		await finished(tx);
	}

	/** One setting (the mapping, merges, roster, draft or meta) under its own key. */
	private async putSetting(key: 'profile' | 'merges' | 'roster' | 'draft' | 'meta', value: unknown): Promise<void> {
		const tx = this.db.transaction(SETTINGS, 'readwrite');
		tx.objectStore(SETTINGS).put(value, key);
		await finished(tx);
	}

	putProfile(profile: MappingProfile): Promise<void> {
		return this.putSetting('profile', profile);
	}

	putMerges(merges: MergeDecisions): Promise<void> {
		return this.putSetting('merges', merges);
	}

	putRoster(roster: Roster): Promise<void> {
		return this.putSetting('roster', roster);
	}

	/** The 总结报告 draft's edits (plain JSON data). */
	putDraft(draft: unknown): Promise<void> {
		return this.putSetting('draft', draft);
	}

	putMeta(meta: WorkspaceMeta): Promise<void> {
		return this.putSetting('meta', meta);
	}

	async clear(meta?: WorkspaceMeta, roster?: Roster): Promise<void> {
		const tx = this.db.transaction([FILES, DECISIONS, SETTINGS], 'readwrite');
		tx.objectStore(FILES).clear();
		tx.objectStore(DECISIONS).clear();
		tx.objectStore(SETTINGS).clear();
		if (meta) tx.objectStore(SETTINGS).put(meta, 'meta');
		if (roster) tx.objectStore(SETTINGS).put(roster, 'roster');
		await finished(tx);
	}

	close(): void {
		this.db.close();
	}
}
