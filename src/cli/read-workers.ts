/**
 * Reads files on several threads (node:worker_threads), each running the
 * same core as in-process; results come back in the order the files were
 * given, so what follows (buildFacts, the output) is identical to a
 * one-thread run. jobs = 1 reads in this thread, as the CLI always did.
 */
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../lib/facts/fact';
import { WORKER_ROLE, readForCli, type CliFile, type WorkerJob, type WorkerReply } from './normalize-worker';

/** Files per message: enough to make the message cost vanish, few enough to keep both threads busy to the end. */
const BATCH = 8;

/**
 * Built (build-cli/, plain JavaScript: an ESM chunk or normalize.cjs) the thread starts from the
 * built normalize-worker.js beside this bundle. Run from source under tsx, a worker
 * on Node 20 does not inherit tsx's loader (neither by default nor with
 * execArgv --import tsx): it starts from a line of JavaScript that registers
 * tsx and then imports the .ts entry (tsx resolved here, so from any cwd).
 */
function startWorker(): Worker {
	if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./normalize-worker.js', import.meta.url), { workerData: WORKER_ROLE });
	const tsx = import.meta.resolve('tsx/esm/api');
	const entry = new URL('./normalize-worker.ts', import.meta.url).href;
	const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
	return new Worker(boot, { eval: true, workerData: WORKER_ROLE });
}

/**
 * Input per reading thread. A second thread costs a quarter to two fifths more CPU than reading
 * alone (it compiles the core afresh, ranks labels again in its own matcher cache, its results are
 * copied back), so it pays only when a core is free: on an idle 2-core machine two threads tied with one
 * at 0.9 MB of forms and won from 2.7 MB; on a busy one, one thread was faster up to 27 MB (docs/performance.md).
 */
const BYTES_PER_THREAD = 2e6;

/** The files' total size in bytes: the work a run has before it. */
export function inputBytes(files: { path: string }[]): number {
	return files.reduce((sum, f) => sum + statSync(f.path).size, 0);
}

/** Threads to use when --jobs is not given for `bytes` of input: one per 2 MB, no more than the cores not already busy (a core counts as busy once the load average holds a whole one), at least one. */
export function defaultJobs(bytes: number, cores = availableParallelism(), load = loadavg()[0]): number {
	return Math.max(1, Math.min(Math.ceil(bytes / BYTES_PER_THREAD), cores - Math.floor(load)));
}

/** Reads `jobs` in this thread, in order, into `results`. */
async function readHere(jobs: WorkerJob[], results: FileResult[]): Promise<void> {
	for (const j of jobs) results[j.index] = await readForCli(j);
}

/** Lets the event loop deliver the reading threads' messages between two batches read here. */
const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * FileResults (without their ledgers) for `files`, in the same order, read on `jobs` threads:
 * this one and jobs − 1 started ones, all taking batches from one queue.
 */
export async function readFiles(files: CliFile[], jobs: number): Promise<FileResult[]> {
	const threads = Math.min(jobs, Math.ceil(files.length / BATCH));
	const results: FileResult[] = new Array(files.length);
	const queue: WorkerJob[][] = [];
	for (let i = 0; i < files.length; i += BATCH) queue.push(files.slice(i, i + BATCH).map((f, k) => ({ index: i + k, ...f })));
	if (threads <= 1) {
		for (const batch of queue) await readHere(batch, results);
		return results;
	}

	// Started first, so they boot while this thread reads.
	const workers = Array.from({ length: threads - 1 }, startWorker);
	const fromWorkers = workers.map(
		(worker) =>
			new Promise<void>((resolve, reject) => {
				// Two batches in flight per thread: it never waits on a round trip to this one.
				let inFlight = 0;
				const feed = () => {
					while (inFlight < 2 && queue.length > 0) {
						worker.postMessage(queue.shift());
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
			})
	);
	const here = (async () => {
		for (let batch = queue.shift(); batch; batch = queue.shift()) {
			await readHere(batch, results);
			await yieldToMessages();
		}
	})();
	try {
		await Promise.all([here, ...fromWorkers]);
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	return results;
}
