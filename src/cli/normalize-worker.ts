/**
 * One reading thread of the normalize CLI (started by read-workers.ts): it
 * reads the files it is sent from disk itself, runs the core's processFile
 * on each and posts the results back, tagged with their place in the batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { processFileLoading } from '../lib/pipeline';
// Node's zlib inflates the .xlsx parts here and in every reading thread.
import './native-inflate';
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

/**
 * The CLI writes facts, not the per-cell ledger: leaving it here saves copying it across threads.
 * Built, the CLI loads SheetJS, the Word reader and the formula engine only once a file needs them.
 */
export async function readForCli(job: CliFile): Promise<FileResult> {
	const result = await processFileLoading({ name: job.name, bytes: new Uint8Array(readFileSync(job.path)) }, { includeHidden: job.includeHidden });
	result.ledger = [];
	return result;
}

/** Set by read-workers.ts; importing this module anywhere else (e.g. for readForCli) listens to nothing. */
export const WORKER_ROLE = 'normalize-reader';

// Batches are read one after another, in the order they came.
let chain: Promise<void> = Promise.resolve();
if (parentPort && workerData === WORKER_ROLE) parentPort.on('message', (jobs: WorkerJob[]) => {
	chain = chain.then(async () => {
		const reply: WorkerReply = { results: [] };
		for (const j of jobs) reply.results.push({ index: j.index, result: await readForCli(j) });
		parentPort!.postMessage(reply);
	});
});
