/**
 * Keyboard movement in a list of rows that each hold a few controls, as the
 * WAI-ARIA grid pattern moves between cells: the list is one tab stop, ↑/↓ go
 * to the same control of the row above/below (the row itself when that row
 * lacks it), ←/→ along the row, Home/End to the row's first/last control,
 * Ctrl+Home/End to the first/last row.
 */
export interface Spot {
	row: string;
	col: string;
}

/** Where `key` moves focus from `at`; null when the key is not one of the list's (let it do its default). */
export function moveFrom(at: Spot, key: string, ctrl: boolean, rows: readonly { id: string; cols: readonly string[] }[]): Spot | null {
	const i = rows.findIndex((r) => r.id === at.row);
	if (i < 0) return null;
	const cols = rows[i].cols;
	const c = Math.max(0, cols.indexOf(at.col));
	const inRow = (j: number): Spot => ({ row: rows[j].id, col: rows[j].cols.includes(at.col) ? at.col : rows[j].cols[0] });
	switch (key) {
		case 'ArrowDown':
			return inRow(Math.min(rows.length - 1, i + 1));
		case 'ArrowUp':
			return inRow(Math.max(0, i - 1));
		case 'ArrowRight':
			return { row: at.row, col: cols[Math.min(cols.length - 1, c + 1)] };
		case 'ArrowLeft':
			return { row: at.row, col: cols[Math.max(0, c - 1)] };
		case 'Home':
			return ctrl ? { row: rows[0].id, col: rows[0].cols[0] } : { row: at.row, col: cols[0] };
		case 'End':
			return ctrl ? { row: rows[rows.length - 1].id, col: rows[rows.length - 1].cols[0] } : { row: at.row, col: cols[cols.length - 1] };
		default:
			return null;
	}
}
