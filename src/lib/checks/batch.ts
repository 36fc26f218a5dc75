import type { FileResult } from '../facts/fact';

/** The files resolveFilings counts: readable, each content once, in import order. */
export function countedResults(results: FileResult[]): FileResult[] {
	const seen = new Set<string>();
	return results.filter((r) => !r.error && !seen.has(r.fileId) && seen.add(r.fileId));
}
