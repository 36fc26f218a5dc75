/**
 * One reading thread of the normalize CLI (started by read-workers.ts): it
 * reads the files it is sent from disk itself, runs the core's processFile
 * on each and posts the results back, tagged with their place in the batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { processFile } from '../lib/pipeline';
import type { FileResult } from '../lib/facts/fact';

export interface WorkerJob extends CliFile {
	index: number;
}

/** A file the CLI reads, and whether its hidden sheets are read too (--include-hidden). */
export interface CliFile {
	path: string;
	name: string;
	includeHidden?: boolean;
}

export interface WorkerReply {
	results: { index: number; result: FileResult }[];
}

/** The CLI writes facts, not the per-cell ledger: leaving it here saves copying it across threads. */
export function readForCli(job: CliFile): FileResult {
	const result = processFile({ name: job.name, bytes: new Uint8Array(readFileSync(job.path)) }, { includeHidden: job.includeHidden });
	result.ledger = [];
	return result;
}

/** Set by read-workers.ts; importing this module anywhere else (e.g. for readForCli) listens to nothing. */
export const WORKER_ROLE = 'normalize-reader';

if (parentPort && workerData === WORKER_ROLE) parentPort.on('message', (jobs: WorkerJob[]) => {
	const reply: WorkerReply = { results: jobs.map((j) => ({ index: j.index, result: readForCli(j) })) };
	parentPort!.postMessage(reply);
});
