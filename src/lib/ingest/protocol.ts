import type { FileResult } from '../facts/fact';
import type { FileDecisions } from '../pipeline';

/** Main thread → worker: one file, its bytes transferred (not copied). */
export interface IngestRequest {
	id: number;
	name: string;
	buffer: ArrayBuffer;
	decisions?: FileDecisions;
}

/** Worker → main thread. */
export type IngestResponse = { id: number; ok: true; result: FileResult } | { id: number; ok: false; message: string };
