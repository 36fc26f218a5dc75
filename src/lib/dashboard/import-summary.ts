/**
 * What an import did, in one line a clerk reads at once: "46 个文件：43 个已
 * 读取，3 个无法读取" — counted over the files of that import (by id), with
 * those that failed named, so a bad file never hides at the bottom of a list.
 */
export interface ImportSummary {
	total: number;
	read: number;
	failed: { fileId: string; file: string; zh: string | null; en: string | null }[];
	/** Files of the import that were the same content as one already there (not counted twice). */
	repeated: number;
}

export function importSummary(
	rows: readonly { fileId: string; file: string; status: 'read' | 'error'; errorZh: string | null; errorEn?: string | null }[],
	ids: readonly string[],
	repeated = 0
): ImportSummary {
	const wanted = new Set(ids);
	const mine = rows.filter((r) => wanted.has(r.fileId));
	const failed = mine.filter((r) => r.status === 'error').map((r) => ({ fileId: r.fileId, file: r.file, zh: r.errorZh, en: r.errorEn ?? null }));
	return { total: mine.length + repeated, read: mine.length - failed.length, failed, repeated };
}
