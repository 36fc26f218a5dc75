/**
 * Reading files into the dashboard: every import — dropped, picked, restored
 * from the workspace, a workspace file or the demo set — goes through
 * `importFiles`; a file read again with new decisions, or replaced by a
 * corrected version, goes through the same worker pool. Each ends in a rebuild.
 */
import type { FileDecisions } from '../../pipeline';
import type { ReadFile } from '../../model/digest';
import type { Problem } from '../../base/problem';
import { IngestPool, type IngestFile, type PoolResult } from '../../ingest/pool';
import { admit, CAPACITY, capacityNotice, type Capacity } from '../../ingest/capacity';
import { storable } from '../../workspace/store';
import { sameDecisions } from '../../workspace/plan';
import { bilingual } from '../../i18n/bilingual';
import type { Busy } from './busy.svelte';
import type { Content } from './content.svelte';
import type { Persistence } from './persistence.svelte';
import type { Rebuild } from './rebuild.svelte';
import type { UiState } from './ui.svelte';
import type { Entry, ImportItem } from './types';

/** How often the import's progress bar moves. */
const PROGRESS_EVERY_MS = 100;

export class Imports {
	/** Files read / total in the running imports (null when none runs). */
	progress = $state<{ done: number; total: number } | null>(null);
	/** How many facts this page takes (ingest/capacity.ts). */
	capacity: Capacity = CAPACITY;
	/** The files of the user's last import (ids) and how many were already there: what the import summary counts. */
	last = $state.raw<{ ids: string[]; repeated: number } | null>(null);
	private pool: IngestPool | null = null;

	constructor(
		private parts: { busy: Busy; content: Content; workspace: Persistence; rebuild: Rebuild; ui: UiState }
	) {}

	private get workers(): IngestPool {
		return (this.pool ??= new IngestPool());
	}

	/** Counted busy at once (synchronously), before anything is read. */
	importFiles(files: ImportItem[], opts: { demo?: boolean; persist?: boolean } = {}): Promise<void> {
		if (files.length === 0) return Promise.resolve();
		const { busy, content, workspace, rebuild, ui } = this.parts;
		const base = this.progress ?? { done: 0, total: 0 };
		this.progress = { done: base.done, total: base.total + files.length };
		const work = async () => {
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
			const results = await this.readAll(jobs);
			performance.mark('import:read');
			const known = new Set(content.entries.map((e) => e.result.fileId));
			const loaded = content.factsHeld();
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
			if (near) ui.notice = { kind: 'capacity', ...near };
			if (repeated.length && opts.persist !== false) ui.notice = { kind: 'duplicate', names: repeated, ...bilingual('noticeDuplicates', { names: repeated }) };
			content.entries = [...content.entries, ...added];
			// A user's import is summed up (not a restore, not the demo set).
			if (opts.persist !== false && !opts.demo) this.last = { ids: added.map((e) => e.result.fileId), repeated: repeated.length };
			// Stored while the tables are built (the build is asked for first): the dashboard does not wait for IndexedDB.
			const loading = rebuild.run();
			// Small files are stored from the bytes the workers gave back, not from the dropped Files (see storable).
			const persisting = opts.persist !== false ? workspace.putFiles(added, fresh.map((i) => results[i].bytes)) : Promise.resolve();
			await Promise.all([loading, persisting]);
		};
		return busy.withBusy(work, () => {
			if (busy.count === 0) this.progress = null;
		});
	}

	/** Reads the files in the pool, moving the progress bar ten times a second, not once per file. */
	private async readAll(jobs: IngestFile[]): Promise<PoolResult[]> {
		// A thousand small files finish hundreds a second, and redrawing the page for each took the parse workers' CPU.
		let read = 0;
		let tick: ReturnType<typeof setTimeout> | null = null;
		const show = () => {
			tick = null;
			if (this.progress && read > 0) this.progress = { ...this.progress, done: this.progress.done + read };
			read = 0;
		};
		const results = await this.workers.processAll(jobs, (done) => {
			if (done === 0) return;
			read++;
			tick ??= setTimeout(show, PROGRESS_EVERY_MS);
		});
		if (tick) clearTimeout(tick);
		show();
		return results;
	}

	/** Stops the imports under way: files not yet read come back "已取消 / cancelled"; those already read are kept and loaded. */
	cancel(): void {
		this.pool?.cancel();
	}

	/**
	 * The user's region / year / hidden-sheet decisions for one file: the file
	 * alone is read again with them (in the worker pool), then everything is rebuilt.
	 */
	async setDecisions(fileId: string, decisions: FileDecisions): Promise<void> {
		const { busy, content, workspace, rebuild, ui } = this.parts;
		const entry = content.find(fileId);
		if (!entry || sameDecisions(entry.decisions, decisions)) return;
		const source = entry.source;
		if (!source) return;
		await busy.withBusy(async () => {
			const read = await this.workers.process({ name: entry.result.file, decisions, read: () => source.arrayBuffer() });
			// Read again with more (a hidden sheet included), the file may no longer fit: it stays as it was.
			const tooBig = this.pastCapacity(read, entry);
			if (tooBig) {
				ui.notice = { kind: 'capacity', names: [entry.result.file], zh: tooBig.zh, en: tooBig.en };
				return;
			}
			// Same bytes, same id; a read that failed outright keeps the entry's id so it stays one file.
			if (read.digest.fileId !== fileId) read.digest = { ...read.digest, fileId };
			const next: Entry = { ...entry, result: read.digest, packed: read.packed, decisions };
			content.entries = content.entries.map((e) => (e === entry ? next : e));
			await workspace.save((s) => s.putDecisions(fileId, decisions));
			await rebuild.run();
		});
	}

	/** Why `read` cannot take `replacing`'s place within the page's capacity (null: it fits). */
	private pastCapacity(read: ReadFile, replacing: Entry): Problem | null {
		const admitted = admit([read], this.parts.content.factsHeld() - replacing.packed.n, this.capacity);
		return admitted.refused.length ? admitted.files[0].digest.error : null;
	}

	/**
	 * Replaces a file by a corrected version: the new file takes the old one's
	 * place (import order) and decisions. Same content, content already imported
	 * as another file, or a replacement that cannot be read: nothing changes, the user is told.
	 */
	async replaceFile(fileId: string, item: ImportItem): Promise<void> {
		const { busy, content, workspace, rebuild, ui } = this.parts;
		const old = content.find(fileId);
		if (!old) return;
		const work = async () => {
			let source: Blob | null = item.source ?? null;
			const read = await this.workers.process({
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
				const why = result.error ?? tooBig ?? bilingual('noticeUnreadable');
				ui.notice = { kind: 'replace-failed', names, ...bilingual('noticeReplaceFailed', { old: old.result.file, name: item.name, why }) };
				return;
			}
			if (result.fileId === fileId) {
				ui.notice = { kind: 'duplicate', names, ...bilingual('noticeReplaceSame', { name: item.name }) };
				return;
			}
			if (content.find(result.fileId)) {
				ui.notice = { kind: 'duplicate', names, ...bilingual('noticeReplaceDuplicate', { name: item.name }) };
				return;
			}
			const stored = old.stored ?? { addedAt: Date.now(), seq: workspace.nextSeq() };
			const next: Entry = { result, packed: read.packed, demo: false, source, decisions: old.decisions, stored };
			content.entries = content.entries.map((e) => (e === old ? next : e));
			await workspace.save((s) => s.deleteFiles([fileId]));
			const bytes = storable(source, read.bytes);
			await workspace.save((s) => s.putFiles([{ fileId: result.fileId, name: result.file, bytes, addedAt: stored.addedAt, seq: stored.seq, demo: false }]));
			if (Object.keys(old.decisions).length) await workspace.save((s) => s.putDecisions(result.fileId, old.decisions));
			ui.notice = { kind: 'replaced', names, ...bilingual('noticeReplaced', { old: old.result.file, name: item.name }) };
			await rebuild.run();
		};
		await busy.withBusy(work, () => void workspace.refreshStorage());
	}
}
