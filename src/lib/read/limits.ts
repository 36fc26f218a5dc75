/**
 * What one file may cost to read. A file past a limit is refused with the
 * reason (never half-read: a table cut at row N would give wrong totals).
 * The limits sit far above any real 安全月 return (a county summary has a few
 * hundred rows and under a hundred columns) and far below what exhausts a
 * browser tab's memory.
 */
export const READ_LIMITS = {
	/** Total uncompressed size of a zip (.xlsx) package, checked in its central directory before inflating. */
	maxUncompressedBytes: 200 * 1024 * 1024,
	/** Size of a CSV / HTML / legacy .xls file as it is (these are not compressed). */
	maxPlainBytes: 200 * 1024 * 1024,
	/** Non-empty cells in the whole workbook. */
	maxCells: 2_000_000,
	/** Rows of one sheet (SheetJS `sheetRows` stops parsing one row past it). */
	maxRows: 200_000,
	/** Columns of one sheet (Excel's own maximum). */
	maxColumns: 16_384
} as const;

export type ReadLimits = { [K in keyof typeof READ_LIMITS]: number };

/** 209715200 → "200 MB". */
export function formatBytes(n: number): string {
	if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
	if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
	return `${n} B`;
}

/** 2000000 → "2,000,000". */
export const formatCount = (n: number): string => n.toLocaleString('en-US');
