/**
 * A pool of module Web Workers running the core on dropped files, sized to
 * the machine (at most 4). Files are transferred as ArrayBuffers; each file
 * settles on its own, so a bad file (or even a crashed worker) never stops the
 * others. A file that takes longer than the time limit has its worker
 * terminated (a new one takes its place) and comes back as a timeout error;
 * `cancel()` stops the whole batch and its remaining files come back cancelled.
 */
import type { FileResult } from '../facts/fact';
import { problem } from '../facts/problem';
import { splitResult, type ReadFile } from '../model/digest';
import type { FileDecisions } from '../pipeline';
import type { IngestRequest, IngestResponse } from './protocol';

export interface IngestFile {
	name: string;
	/** Read lazily so thousands of dropped files are not all in memory at once. */
	read: () => Promise<ArrayBuffer>;
	decisions?: FileDecisions;
}

interface Job {
	id: number;
	file: IngestFile;
	resolve: (r: ReadFile) => void;
	timer?: ReturnType<typeof setTimeout>;
}

/** Idle workers are stopped after this long: each holds the heap of the files it read (a big workbook: hundreds of MB). */
export const IDLE_STOP_MS = 3_000;

/** Files waiting before another worker is started. */
export const SPAWN_BACKLOG = 8;

/** How long one file may take in a worker before it is stopped. */
export const FILE_TIME_LIMIT_MS = 60_000;

export function timedOutResult(name: string, ms: number): FileResult {
	const s = Math.round(ms / 1000);
	return {
		...failedResult(name, ''),
		error: problem('error', 'read.timeout', `读取超时：超过 ${s} 秒仍未读完，已停止（文件可能过大或已损坏）。`, `Timed out: not read within ${s} s, stopped (the file may be too large or damaged).`)
	};
}

export function cancelledResult(name: string): FileResult {
	return { ...failedResult(name, ''), error: problem('error', 'read.cancelled', '已取消', 'cancelled') };
}

/** The result for a file the worker could not even start on (read error, crashed worker). */
export function failedResult(name: string, message: string): FileResult {
	return {
		fileId: `failed:${name}`,
		file: name,
		format: null,
		sheets: [],
		filings: [],
		facts: [],
		ledger: [],
		problems: [],
		error: problem('error', 'read.failed', `读取失败：${message}`, `Could not read the file: ${message}`)
	};
}

export function poolSize(): number {
	const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
	return Math.max(1, Math.min(4, cores));
}

export class IngestPool {
	private idle: Worker[] = [];
	private all: Worker[] = [];
	private queue: Job[] = [];
	private running = new Map<Worker, Job>();
	private nextId = 1;
	private idleTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private size = poolSize(),
		/** Per-file time limit in milliseconds. */
		private timeLimitMs = FILE_TIME_LIMIT_MS
	) {}

	private spawn(): Worker {
		const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (e: MessageEvent<IngestResponse>) => this.settle(worker, e.data.ok ? e.data.file : null, e.data.ok ? '' : e.data.message);
		worker.onerror = (e) => {
			e.preventDefault();
			// A crashed worker is replaced; its file is reported as failed.
			this.all = this.all.filter((w) => w !== worker);
			worker.terminate();
			this.settle(null, null, e.message || 'worker crashed', worker);
		};
		this.all.push(worker);
		return worker;
	}

	private settle(worker: Worker | null, result: ReadFile | null, message: string, crashed?: Worker): void {
		const w = (worker ?? crashed)!;
		const job = this.running.get(w);
		// A message from a worker that was already stopped (timeout, cancel) is dropped.
		if (!this.all.includes(w) && !crashed) return;
		this.running.delete(w);
		if (job) {
			clearTimeout(job.timer);
			job.resolve(result ?? splitResult(failedResult(job.file.name, message)));
		}
		if (!crashed) this.idle.push(w);
		this.pump();
	}

	/** Stops a worker stuck on one file: the file gets a timeout error and a fresh worker takes the queue. */
	private timeOut(w: Worker, job: Job): void {
		if (this.running.get(w) !== job) return;
		this.running.delete(w);
		this.all = this.all.filter((x) => x !== w);
		w.terminate();
		job.resolve(splitResult(timedOutResult(job.file.name, this.timeLimitMs)));
		this.pump();
	}

	private pump(): void {
		clearTimeout(this.idleTimer);
		if (this.queue.length === 0 && this.running.size === 0) this.idleTimer = setTimeout(() => this.terminate(), IDLE_STOP_MS);
		while (this.queue.length) {
			let worker = this.idle.pop();
			if (!worker) {
				// Another worker only for a real backlog: starting one compiles the whole reader again,
				// which a handful of files (the demo set, while DuckDB's wasm compiles) does not repay.
				if (this.all.length >= this.size || (this.all.length > 0 && this.queue.length < SPAWN_BACKLOG)) return;
				worker = this.spawn();
			}
			const job = this.queue.shift()!;
			this.running.set(worker, job);
			const w = worker;
			job.timer = setTimeout(() => this.timeOut(w, job), this.timeLimitMs);
			job.file.read().then(
				(buffer) => {
					if (this.running.get(w) !== job) return; // cancelled or timed out while reading
					const msg: IngestRequest = { id: job.id, name: job.file.name, buffer, decisions: job.file.decisions };
					w.postMessage(msg, [buffer]);
				},
				(e) => {
					if (this.running.get(w) === job) this.settle(w, null, e instanceof Error ? e.message : String(e));
				}
			);
		}
	}

	process(file: IngestFile): Promise<ReadFile> {
		return new Promise((resolve) => {
			this.queue.push({ id: this.nextId++, file, resolve });
			this.pump();
		});
	}

	/** All files, in parallel; `onProgress(done, total)` after each one. Results keep the input order. */
	async processAll(files: IngestFile[], onProgress?: (done: number, total: number) => void): Promise<ReadFile[]> {
		let done = 0;
		onProgress?.(0, files.length);
		return Promise.all(
			files.map((f) =>
				this.process(f).then((r) => {
					onProgress?.(++done, files.length);
					return r;
				})
			)
		);
	}

	/**
	 * Stops everything under way: the running workers are terminated, and
	 * every file not yet read (running or queued) comes back with the error
	 * "已取消 / cancelled". The pool stays usable: later files get new workers.
	 */
	cancel(): void {
		const jobs = [...this.running.values(), ...this.queue];
		this.queue = [];
		this.running.clear();
		this.terminate();
		for (const job of jobs) {
			clearTimeout(job.timer);
			job.resolve(splitResult(cancelledResult(job.file.name)));
		}
	}

	terminate(): void {
		clearTimeout(this.idleTimer);
		for (const w of this.all) w.terminate();
		this.all = [];
		this.idle = [];
	}
}
