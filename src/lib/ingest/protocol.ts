import type { FileDecisions } from '../pipeline';
import type { ReadFile } from '../model/digest';

/** Main thread → worker: one file, its bytes transferred (not copied). */
export interface IngestRequest {
	id: number;
	name: string;
	buffer: ArrayBuffer;
	decisions?: FileDecisions;
}

/**
 * Worker → main thread: the file's digest, and its facts packed (their buffers
 * transferred), and the file's bytes given back (also transferred) for the
 * page to store. A worker reads the files it is sent one at a time, in the
 * order sent, and answers each.
 */
export type IngestResponse = { id: number; ok: true; file: ReadFile; bytes: ArrayBuffer } | { id: number; ok: false; message: string };
