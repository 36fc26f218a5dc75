/**
 * The dashboard's state: the files read (and which are demo data), import
 * progress, the DuckDB store and the query coordinator. Every import — dropped,
 * picked or the demo set — goes through `importFiles`.
 */
import type { FileResult } from '../facts/fact';
import { fileRows, type FileRow } from '../db/arrow';
import type { BrowserDb } from '../db/browser';
import { IngestPool, type IngestFile } from '../ingest/pool';
import { Coordinator } from './coordinator.svelte';
import { FilterStore } from './filters.svelte';

export interface Entry {
	result: FileResult;
	demo: boolean;
}

export type FileRowView = FileRow & { demo: boolean; shapes: string[] };

export class AppState {
	entries = $state.raw<Entry[]>([]);
	rows = $state.raw<FileRowView[]>([]);
	/** Files read / total in the running imports (null when none runs). */
	progress = $state<{ done: number; total: number } | null>(null);
	busy = $state(0);
	dbOpen = $state(false);
	dbError = $state<string | null>(null);
	readonly coordinator = new Coordinator();
	readonly filters = new FilterStore();
	private db: BrowserDb | null = null;
	private dbReady: Promise<BrowserDb | null>;
	private resolveDb!: (db: BrowserDb | null) => void;
	private pool: IngestPool | null = null;
	private loads: Promise<void> = Promise.resolve();

	constructor() {
		this.dbReady = new Promise((r) => (this.resolveDb = r));
	}

	/** True once every import is loaded into DuckDB and every view has drawn its latest result. */
	get ready(): boolean {
		return this.dbOpen && this.busy === 0 && this.coordinator.pending === 0;
	}

	get factCount(): number {
		return this.rows.reduce((s, r) => s + r.facts, 0);
	}

	async openDb(): Promise<void> {
		try {
			const { BrowserDb } = await import('../db/browser');
			this.db = await BrowserDb.open();
			this.coordinator.attach(this.db);
			this.dbOpen = true;
			this.resolveDb(this.db);
		} catch (e) {
			this.dbError = e instanceof Error ? e.message : String(e);
			this.resolveDb(null);
		}
	}

	async importFiles(files: IngestFile[], opts: { demo?: boolean } = {}): Promise<void> {
		if (files.length === 0) return;
		this.busy++;
		const base = this.progress ?? { done: 0, total: 0 };
		this.progress = { done: base.done, total: base.total + files.length };
		try {
			this.pool ??= new IngestPool();
			const results = await this.pool.processAll(files, (done) => {
				if (done > 0 && this.progress) this.progress = { ...this.progress, done: this.progress.done + 1 };
			});
			const known = new Set(this.entries.map((e) => e.result.fileId));
			const added: Entry[] = [];
			for (const result of results) {
				// The same content imported twice counts once.
				if (known.has(result.fileId)) continue;
				known.add(result.fileId);
				added.push({ result, demo: opts.demo ?? false });
			}
			this.entries = [...this.entries, ...added];
			await this.reload();
		} finally {
			this.busy--;
			if (this.busy === 0) this.progress = null;
		}
	}

	async remove(predicate: (e: Entry) => boolean): Promise<void> {
		this.busy++;
		try {
			this.entries = this.entries.filter((e) => !predicate(e));
			await this.reload();
		} finally {
			this.busy--;
		}
	}

	removeDemo(): Promise<void> {
		return this.remove((e) => e.demo);
	}

	removeFile(fileId: string): Promise<void> {
		return this.remove((e) => e.result.fileId === fileId);
	}

	get hasDemo(): boolean {
		return this.entries.some((e) => e.demo);
	}

	/** Resolve filings over every file now loaded and replace the DuckDB tables (one load at a time). */
	private reload(): Promise<void> {
		const run = async () => {
			const entries = this.entries;
			const results = entries.map((e) => e.result);
			// The core is loaded lazily: the page itself does not need the readers.
			const { resolveFilings } = await import('../pipeline');
			const facts = resolveFilings(results);
			const rows = fileRows(results, facts);
			const db = await this.dbReady;
			if (db) await db.replaceAll(facts, results, rows);
			this.rows = rows.map((r, i) => ({
				...r,
				demo: entries[i].demo,
				shapes: [...new Set(entries[i].result.sheets.filter((s) => s.shape !== 'none').map((s) => s.shape))]
			}));
			this.coordinator.invalidate();
		};
		this.loads = this.loads.then(run, run);
		return this.loads;
	}
}
