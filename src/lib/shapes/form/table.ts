/**
 * Finds a form's table: the header row 活动项目 | 内容要求 | 进展情况 wherever it
 * starts (title in row 1 or 2, an 附件 line above, a 序号 column, blank rows and
 * columns, 活动项目 merged over two columns), and the rows under it.
 */
import type { Cell, Sheet } from '../../read/workbook';
import { mergeAt } from '../../read/workbook';
import { isFieldCell, isLabelOnly } from './header';
import { sectionLevel, withoutSection } from '../../base/outline-number';

export interface FormTable {
	headerRow: number;
	/** Last header row (a header merged over two rows ends below headerRow). */
	headerEnd: number;
	/** Every column under the 进展情况 header (more than one when the header is merged across). */
	progressCols: number[];
	requirementCol: number | null;
	/** Columns that name the activity (活动项目, possibly two under a merged header). */
	activityCols: number[];
	rowNumberCol: number | null;
	/** Data rows: headerEnd+1 … lastRow (inclusive), footnotes excluded. */
	firstRow: number;
	lastRow: number;
	/** Rows after the table that hold notes (注：…). */
	footnoteRows: number[];
	/** Rows after the table that hold 填报人/填报日期 fields. */
	trailerRows: number[];
}

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** A short bracketed note in a header cell: 进展情况（截至6月24日）, 进展情况⏎(6月8日), 完成情况（数量）. */
const HEADER_NOTE = /[（(【\[][^（()）【】\[\]]{1,16}[)）】\]]/g;

/** A header cell's words: without spaces, line breaks, a short bracketed note or a trailing colon. */
function headerCore(text: string): string {
	return squeeze(text).replace(HEADER_NOTE, '').replace(/[:：]$/, '');
}

const PROGRESS = /^(?:工作|活动)?(进展情况|进展情况统计|工作进展|进展|完成情况|开展情况|落实情况|情况统计|填报情况|填写情况|执行情况|推进情况)$/;
const ACTIVITY = /^(活动项目|活动内容|项目|项目名称|活动名称|工作项目|活动|活动类别|活动类型|类别|工作任务|重点工作|主要工作|重点任务|板块|工作板块|活动板块|工作类别|项目类别)$/;
const REQUIREMENT = /^(内容要求|工作要求|要求|主要内容|内容|工作内容|具体内容|具体要求|活动要求|工作措施|主要措施|统计内容|统计项目|统计事项|具体事项)$/;
const ROW_NUMBER = /^(序号|编号|序)$/;
/** A row after the table that is a note, not an item. */
export const FOOTNOTE = /^(注|备注|说明|填表说明|附注)\s*\d*\s*[:：、.]|^注[\s\u3000]|^[*※]/;

function cellsInRow(sheet: Sheet, r: number): Cell[] {
	return (sheet.rows[r] ?? []).filter((c): c is Cell => !!c && c.text.trim() !== '');
}

/**
 * A 填报人/填报日期 line under the table: every cell is a field (`填报日期：2021年6月24日`)
 * or the value right after a bare label (`填报日期：` | a real date).
 */
function isTrailer(row: Cell[]): boolean {
	return row.every((c, i) => isFieldCell(c.text) || (i > 0 && c.col === row[i - 1].col + 1 && isLabelOnly(row[i - 1].text)));
}

/** At most this many rows under a header are looked at to tell what its columns hold. */
const ITEM_SCAN = 40;

/**
 * A header naming only the numbering (序号, or nothing) and the 进展情况 column: a form when the column
 * left of 进展情况 holds section numbers and headings (一、培训学习 over （一） | 组织…（3）场) — what a
 * 活动项目 column would — and no other column beside them holds anything.
 */
function numberingNamesItems(sheet: Sheet, r: number, header: Cell[], progress: Cell, rowNumber: Cell | undefined): boolean {
	if (header.some((c) => c !== progress && c !== rowNumber)) return false;
	const col = rowNumber?.col ?? progress.col - 1;
	if (col < 0 || col >= progress.col || (rowNumber && rowNumber.col !== progress.col - 1)) return false;
	let numbered = 0;
	let headings = 0;
	for (let rr = r + 1; rr < Math.min(sheet.rows.length, r + 1 + ITEM_SCAN); rr++) {
		const row = cellsInRow(sheet, rr);
		if (row.some((c) => c.col !== col && c.col !== progress.col && !mergeAt(sheet, rr, c.col))) return false;
		const left = row.find((c) => c.col === col)?.text.trim() ?? '';
		if (!left) continue;
		if (/^[0-9０-９]{1,2}$/.test(left)) numbered++;
		else if (sectionLevel(left) < 0) continue;
		else if (withoutSection(left) === '') numbered++;
		else headings++;
	}
	return numbered >= 2 || (numbered >= 1 && headings >= 1);
}

/** The header row: the first row with a 进展情况 column, scored by its neighbours. */
export function findTable(sheet: Sheet, maxScan = 30, from = 0): FormTable | null {
	for (let r = from; r < Math.min(sheet.rows.length, from + maxScan); r++) {
		const cells = cellsInRow(sheet, r);
		const progress = cells.find((c) => PROGRESS.test(headerCore(c.text)));
		if (!progress) continue;
		const activity = cells.find((c) => ACTIVITY.test(headerCore(c.text)) && c.col < progress.col);
		const requirement = cells.find((c) => REQUIREMENT.test(headerCore(c.text)) && c.col < progress.col);
		let rowNumber = cells.find((c) => ROW_NUMBER.test(squeeze(c.text)));
		// 序号 | 进展情况 and nothing else: the numbering column also holds the headings (一、学习宣传) that name the items.
		const numberedOnly = !activity && !requirement && numberingNamesItems(sheet, r, cells, progress, rowNumber);
		if (!activity && !requirement && !numberedOnly) continue;
		const itemsCol = numberedOnly ? (rowNumber?.col ?? progress.col - 1) : null;
		if (numberedOnly) rowNumber = undefined;
		const headerMerge = mergeAt(sheet, r, progress.col);
		const headerEnd = headerMerge ? headerMerge.r1 : r;
		const progressCols: number[] = [];
		for (let c = progress.col; c <= (headerMerge ? headerMerge.c1 : progress.col); c++) progressCols.push(c);

		const activityCols: number[] = itemsCol === null ? [] : [itemsCol];
		if (activity) {
			const m = mergeAt(sheet, r, activity.col);
			const end = m ? m.c1 : activity.col;
			// Without a merge, 活动项目 still owns the unnamed columns up to 内容要求 / 进展情况.
			const stop = requirement ? requirement.col : progress.col;
			const last = m ? end : stop - 1;
			for (let c = activity.col; c <= Math.max(end, last); c++) if (c !== rowNumber?.col) activityCols.push(c);
		}
		const firstRow = headerEnd + 1;
		let lastRow = firstRow - 1;
		const footnoteRows: number[] = [];
		const trailerRows: number[] = [];
		let inNotes = false;
		for (let rr = firstRow; rr < sheet.rows.length; rr++) {
			const row = cellsInRow(sheet, rr);
			if (row.length === 0) continue;
			const first = row[0].text.trim();
			if (inNotes || FOOTNOTE.test(first)) {
				inNotes = true;
				footnoteRows.push(rr);
				continue;
			}
			if (isTrailer(row)) {
				trailerRows.push(rr);
				continue;
			}
			lastRow = rr;
		}
		return {
			headerRow: r,
			headerEnd,
			progressCols,
			requirementCol: requirement ? requirement.col : null,
			activityCols,
			rowNumberCol: rowNumber ? rowNumber.col : null,
			firstRow,
			lastRow,
			footnoteRows,
			trailerRows
		};
	}
	return null;
}
