/**
 * Two or more units' forms on one sheet, one under the other, each with its own title, 填报单位 line and
 * 活动项目 | 内容要求 | 进展情况 header. Read as one form they would credit every unit's figures to the first;
 * each is read on its own, from the lines above its header to the lines above the next.
 */
import type { Sheet } from '../../read/workbook';
import { findTable, type FormTable } from './table';
import { isFieldCell, isLabelOnly, isTitleText } from './header';

/**
 * The sheet cut into one sheet per form (the other forms' rows left out, every cell where it is), or null for one
 * form. `first` is the table recognize found on the sheet (the first form's).
 */
export function stackedForms(sheet: Sheet, first: FormTable): Sheet[] | null {
	const headers = [first.headerRow];
	for (let r = first.firstRow; r < sheet.rows.length; r++) if (findTable(sheet, 1, r)?.headerRow === r) headers.push(r);
	// Each later form starts at the title, 填报单位 and blank lines right above its header; a header with no
	// 填报单位 line of its own is the same form's header repeated (a page break), not another form.
	const starts = [0];
	for (const h of headers.slice(1)) {
		let s = h;
		while (s - 1 > starts[starts.length - 1] && preamble(sheet, s - 1)) s--;
		const fields = [...Array(h - s).keys()].some((i) => (sheet.rows[s + i] ?? []).some((c) => !!c && isFieldCell(c.text)));
		if (fields) starts.push(s);
	}
	if (starts.length < 2) return null;
	return starts.map((s, i) => {
		const end = starts[i + 1] ?? sheet.rows.length;
		return { ...sheet, rows: sheet.rows.map((row, r) => (r >= s && r < end ? row : [])), merges: sheet.merges.filter((m) => m.r0 >= s && m.r0 < end) };
	});
}

/** A line above a form's header: blank, its title, or its 填报单位/填报日期 fields. */
function preamble(sheet: Sheet, r: number): boolean {
	const cells = (sheet.rows[r] ?? []).filter((c) => !!c && c.text.trim() !== '');
	// A field's value may sit in the cell after its label (填报单位： | 东河县教育局).
	return cells.length === 0 || cells.every((c, i) => isFieldCell(c!.text) || isTitleText(c!.text) || /^附件\s*\d*[:：]?$/.test(c!.text.trim()) || (i > 0 && isLabelOnly(cells[i - 1]!.text)));
}
