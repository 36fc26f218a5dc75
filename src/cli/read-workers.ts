/**
 * Reads files on several threads (node:worker_threads), each running the
 * same core as in-process; results come back in the order the files were
 * given, so what follows (buildFacts, the output) is identical to a
 * one-thread run. jobs = 1 reads in this thread, as the CLI always did;
 * 'auto' (no --jobs) starts there too and adds a thread while a core is free.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { FileResult } from '../lib/facts/fact';
import { WORKER_ROLE, readForCli, type CliFile, type WorkerJob, type WorkerReply } from './read-file';
import { freeCoresMeter } from './free-cores';

/** Files per message: enough to make the message cost vanish, few enough to keep both threads busy to the end. */
const BATCH = 8;

/**
 * Built (build-cli/, plain JavaScript: an ESM chunk or normalize.cjs) the thread starts from the
 * built normalize-worker.js beside this bundle. Run from source under tsx, a worker
 * on Node 20 does not inherit tsx's loader (neither by default nor with
 * execArgv --import tsx): it starts from a line of JavaScript that registers
 * tsx and then imports the .ts entry (tsx resolved here, so from any cwd).
 */
async function startWorker(): Promise<Worker> {
	// Loaded when a thread starts: a one-thread run never needs it.
	const { Worker } = await import('node:worker_threads');
	if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./normalize-worker.js', import.meta.url), { workerData: WORKER_ROLE });
	const tsx = import.meta.resolve('tsx/esm/api');
	const entry = new URL('./normalize-worker.ts', import.meta.url).href;
	const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
	return new Worker(boot, { eval: true, workerData: WORKER_ROLE });
}

/**
 * Input per reading thread. A second thread costs a quarter to two fifths more CPU than reading
 * alone (it compiles the core afresh, ranks labels again in its own matcher cache, its results are
 * copied back), so it pays only with a core free and a few MB of work left for it: on an idle 2-core
 * machine two threads tied with one at 0.9 MB of forms and won from 2.7 MB (docs/performance.md).
 */
const BYTES_PER_THREAD = 2e6;

/** How often, at most, the reading loop looks whether a core has come free. */
const LOOK_EVERY_MS = 100;

/** The share of a core others must leave idle, beyond this run's threads, for one more thread. */
const FREE_ENOUGH = 0.75;

/** Each file's size in bytes: the work a run has before it. */
export function fileSizes(files: { path: string }[]): number[] {
	return files.map((f) => statSync(f.path).size);
}

/** The files' total size in bytes. */
export function inputBytes(files: { path: string }[]): number {
	return fileSizes(files).reduce((sum, b) => sum + b, 0);
}

/**
 * Whether a run without --jobs starts one more reading thread: `free` cores left idle by others
 * (freeCoresMeter; null: unknown) hold a free share beyond the `threads` reading already, there are
 * cores for one more, and at least 2 MB of input is left to read.
 */
export function addThread(free: number | null, threads: number, cores: number, bytesLeft: number): boolean {
	return free !== null && threads < cores && free - threads >= FREE_ENOUGH && bytesLeft >= BYTES_PER_THREAD;
}

/** Reads `jobs` in this thread, in order, into `results`. */
async function readHere(jobs: WorkerJob[], results: FileResult[]): Promise<void> {
	for (const j of jobs) results[j.index] = await readForCli(j);
}

/** Lets the event loop deliver the reading threads' messages between two batches read here. */
const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Batch {
	jobs: WorkerJob[];
	bytes: number;
}

/** Sends `worker` batches from `queue`, two in flight (it never waits on a round trip), until the queue is empty and its last reply is in. */
function feedFromQueue(worker: Worker, queue: Batch[], results: FileResult[]): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		let inFlight = 0;
		const feed = () => {
			while (inFlight < 2 && queue.length > 0) {
				worker.postMessage(queue.shift()!.jobs);
				inFlight++;
			}
			if (inFlight === 0) resolve();
		};
		worker.on('message', (reply: WorkerReply) => {
			for (const { index, result } of reply.results) results[index] = result;
			inFlight--;
			feed();
		});
		worker.on('error', reject);
		worker.on('exit', (code) => reject(new Error(`reading thread stopped (exit ${code})`)));
		feed();
	});
}

/**
 * FileResults (without their ledgers) for `files`, in the same order, read in this thread and
 * started ones, all taking batches from one queue: jobs − 1 started at once, or with 'auto' one
 * more each time addThread says so (looked at between batches; `sizes`: each file's bytes). Until
 * then an 'auto' run is a one-thread run.
 */
export async function readFiles(files: CliFile[], jobs: number | 'auto', sizes: number[] = []): Promise<FileResult[]> {
	const results: FileResult[] = new Array(files.length);
	const queue: Batch[] = [];
	for (let i = 0; i < files.length; i += BATCH) {
		const jobsOf = files.slice(i, i + BATCH).map((f, k) => ({ index: i + k, ...f }));
		queue.push({ jobs: jobsOf, bytes: sizes.slice(i, i + BATCH).reduce((s, b) => s + b, 0) });
	}
	const cores = availableParallelism();
	// Below BYTES_PER_THREAD no thread is ever added: such a run does not look at the machine at all.
	const total = queue.reduce((s, b) => s + b.bytes, 0);
	const meter = jobs === 'auto' && queue.length > 1 && cores > 1 && total >= BYTES_PER_THREAD ? freeCoresMeter() : null;
	const readers: Worker[] = [];
	const fromReaders: Promise<void>[] = [];
	const startReader = async () => {
		const worker = await startWorker();
		const done = feedFromQueue(worker, queue, results);
		// Awaited once this thread's share is read; a thread that fails before then fails the run there.
		done.catch(() => {});
		readers.push(worker);
		fromReaders.push(done);
	};
	// Started first, so they boot while this thread reads.
	for (let i = 1; i < (jobs === 'auto' ? 1 : Math.min(jobs, queue.length)); i++) await startReader();
	// Only a run with a meter looks at the clock (performance loads perf_hooks at its first use).
	let lookedAt = meter ? performance.now() : 0;
	try {
		for (let batch = queue.shift(); batch; batch = queue.shift()) {
			await readHere(batch.jobs, results);
			if (meter && performance.now() - lookedAt >= LOOK_EVERY_MS) {
				lookedAt = performance.now();
				const bytesLeft = queue.reduce((s, b) => s + b.bytes, 0);
				if (addThread(meter(), 1 + readers.length, cores, bytesLeft)) await startReader();
			}
			if (readers.length > 0) await yieldToMessages();
		}
		await Promise.all(fromReaders);
	} finally {
		await Promise.all(readers.map((w) => w.terminate()));
	}
	return results;
}
