/**
 * How the normalize CLI reads one file, in its own thread or a reading thread (normalize-worker.ts):
 * from disk, through the core's processFile, without the per-cell ledger.
 */
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

/** The workerData read-workers.ts starts a reading thread with. */
export const WORKER_ROLE = 'normalize-reader';
