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
 * Worker → main thread: a file started; then the file's digest, and its facts
 * packed (their buffers transferred), and the file's bytes given back (also
 * transferred) for the page to store.
 */
export type IngestResponse = { id: number; started: true } | { id: number; ok: true; file: ReadFile; bytes: ArrayBuffer } | { id: number; ok: false; message: string };
