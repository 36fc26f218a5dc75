/**
 * A pool of module Web Workers running the core on dropped files, sized to
 * the machine (at most 4). Files are transferred as ArrayBuffers (and come
 * back with their results, for the page to store); each file settles on its
 * own, so a bad file (or even a crashed worker) never stops the others. A file that takes longer than the time limit has its worker
 * terminated (a new one takes its place) and comes back as a timeout error;
 * `cancel()` stops the whole batch and its remaining files come back cancelled.
 */
import type { FileResult } from '../facts/fact';
import { problem } from '../base/problem';
import { splitResult, type ReadFile } from '../model/digest';
import type { FileDecisions } from '../pipeline';
import type { IngestRequest, IngestResponse } from './protocol';

/**
 * The page's one worker script (worker.ts): a parse worker of this pool, or a build worker
 * (model/client.ts), by the requests it gets. One script, so the code both need (the schema,
 * the matcher) is fetched once.
 */
export const spawnWorker = (): Worker => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

export interface IngestFile {
	name: string;
	/** Read lazily so thousands of dropped files are not all in memory at once. */
	read: () => Promise<ArrayBuffer>;
	decisions?: FileDecisions;
}

/** A file read: its digest and packed facts, and (when the worker read it) its bytes, to store. */
export type PoolResult = ReadFile & { bytes?: ArrayBuffer };

interface Job {
	id: number;
	file: IngestFile;
	resolve: (r: PoolResult) => void;
	timer?: ReturnType<typeof setTimeout>;
}

/**
 * A worker's files: all it was given (`jobs`; a file's bytes may still be
 * being read), those posted to it in the order posted (`sent`), and the one
 * it is reading (`started`). A worker reads the files posted to it one at a
 * time, in order, so it is on the first of `sent`: the pool knows that
 * without the worker saying so (a message per file less for the page).
 */
interface WorkerState {
	jobs: Job[];
	sent: Job[];
	started: Job | null;
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

/** Files a worker holds at once: the one it reads, and the next (sent ahead, so it never waits for the page). */
const DEPTH = 2;

export class IngestPool {
	private queue: Job[] = [];
	private running = new Map<Worker, WorkerState>();
	private nextId = 1;
	private idleTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private size = poolSize(),
		/** Per-file time limit in milliseconds. */
		private timeLimitMs = FILE_TIME_LIMIT_MS
	) {}

	private spawn(): Worker {
		const worker = spawnWorker();
		worker.onmessage = (e: MessageEvent<IngestResponse>) => this.answer(worker, e.data);
		worker.onerror = (e) => {
			e.preventDefault();
			// A crashed worker is replaced; the file it was reading is reported as failed, the one sent ahead is read again.
			this.stop(worker, (job) => splitResult(failedResult(job.file.name, e.message || 'worker crashed')));
		};
		this.running.set(worker, { jobs: [], sent: [], started: null });
		return worker;
	}

	/** The worker's first file posted and not yet answered is the one it reads: its time limit runs from now. */
	private startClock(w: Worker, state: WorkerState): void {
		const job = state.sent[0];
		if (!job || state.started === job) return;
		state.started = job;
		job.timer = setTimeout(() => this.stop(w, (j) => splitResult(timedOutResult(j.file.name, this.timeLimitMs))), this.timeLimitMs);
	}

	private answer(w: Worker, m: IngestResponse): void {
		const state = this.running.get(w);
		const job = state?.jobs.find((j) => j.id === m.id);
		// A message from a worker that was already stopped (timeout, cancel), or for a file no longer its, is dropped.
		if (!state || !job) return;
		clearTimeout(job.timer);
		state.jobs = state.jobs.filter((j) => j !== job);
		state.sent = state.sent.filter((j) => j !== job);
		if (state.started === job) state.started = null;
		this.startClock(w, state);
		job.resolve(m.ok ? { ...m.file, bytes: m.bytes } : splitResult(failedResult(job.file.name, m.message)));
		this.pump();
	}

	/**
	 * Stops a worker (stuck on a file, or crashed): the file it had started on
	 * gets `outcome`, the files sent ahead go back to the front of the queue
	 * (their bytes went with the worker: they are read again), and a fresh
	 * worker takes the queue.
	 */
	private stop(w: Worker, outcome: (job: Job) => ReadFile): void {
		const state = this.running.get(w);
		if (!state) return;
		this.running.delete(w);
		w.terminate();
		for (const j of state.jobs) clearTimeout(j.timer);
		const culprit = state.started ?? state.jobs[0];
		if (culprit) culprit.resolve(outcome(culprit));
		this.queue.unshift(...state.jobs.filter((j) => j !== culprit));
		this.pump();
	}

	/** The worker to send the next file to: an idle one, a new one, or one with room for a file ahead. */
	private pick(): Worker | null {
		let best: Worker | null = null;
		for (const [w, { jobs }] of this.running) {
			const n = jobs.length;
			if (n === 0) return w;
			if (n < DEPTH && !best) best = w;
		}
		// Another worker only for a real backlog: starting one compiles the whole reader again,
		// which a handful of files (the demo set, while DuckDB's wasm compiles) does not repay.
		const n = this.running.size;
		if (n < this.size && (n === 0 || this.queue.length >= SPAWN_BACKLOG)) return this.spawn();
		return best;
	}

	private pump(): void {
		clearTimeout(this.idleTimer);
		const busy = [...this.running.values()].some((s) => s.jobs.length > 0);
		if (this.queue.length === 0 && !busy) this.idleTimer = setTimeout(() => this.terminate(), IDLE_STOP_MS);
		while (this.queue.length) {
			const w = this.pick();
			if (!w) return;
			const job = this.queue.shift()!;
			const state = this.running.get(w)!;
			state.jobs.push(job);
			const mine = () => this.running.get(w) === state && state.jobs.includes(job);
			job.file.read().then(
				(buffer) => {
					if (!mine()) return; // cancelled or stopped while reading
					const msg: IngestRequest = { id: job.id, name: job.file.name, buffer, decisions: job.file.decisions };
					w.postMessage(msg, [buffer]);
					state.sent.push(job);
					this.startClock(w, state);
				},
				(e) => {
					if (!mine()) return;
					// The file could not be read: the worker never hears of it.
					state.jobs = state.jobs.filter((j) => j !== job);
					job.resolve(splitResult(failedResult(job.file.name, e instanceof Error ? e.message : String(e))));
					this.pump();
				}
			);
		}
	}

	process(file: IngestFile): Promise<PoolResult> {
		return new Promise((resolve) => {
			this.queue.push({ id: this.nextId++, file, resolve });
			this.pump();
		});
	}

	/** All files, in parallel; `onProgress(done, total)` after each one. Results keep the input order. */
	async processAll(files: IngestFile[], onProgress?: (done: number, total: number) => void): Promise<PoolResult[]> {
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
		const jobs = [...[...this.running.values()].flatMap((st) => st.jobs), ...this.queue];
		this.queue = [];
		this.terminate();
		for (const job of jobs) {
			clearTimeout(job.timer);
			job.resolve(splitResult(cancelledResult(job.file.name)));
		}
	}

	terminate(): void {
		clearTimeout(this.idleTimer);
		for (const w of this.running.keys()) w.terminate();
		this.running.clear();
	}
}
