/**
 * The core, end to end: bytes → Workbook → shape per sheet → facts with
 * provenance, a ledger of every cell, and problems in Chinese and English.
 * Pure TypeScript: no DOM, no Node APIs, so the same code runs in the
 * browser's Web Workers and in the CLI.
 */
import { prepareRead, readWorkbook } from './read/index';
import { NotLoaded, readLoading } from './read/on-demand';
import { dateUndatedFilings } from './facts/filing-date';
import { refuseImpossibleCounts } from './shapes/count-bounds';
import { cellsOf, wordAddress, type Sheet } from './read/workbook';
import { recognizeSheet } from './shapes/recognize';
import { completeLedger } from './facts/ledger';
import { contentHash } from './facts/hash';
import { FileError, problem } from './base/problem';
import type { FileResult } from './facts/fact';

export interface FileInput {
	/** The file's name (or path relative to the folder it came from). */
	name: string;
	bytes: Uint8Array;
}

/** The user's decisions for one file; they win over what the file says. */
export interface FileDecisions {
	region?: string;
	year?: number;
	/** Read hidden sheets too (by default they are listed and skipped). */
	includeHidden?: boolean;
}

/** push(...items) overflows the call stack past ~100,000 items (a 5,000 × 80 table has 400,000 facts). */
function append<T>(to: T[], items: T[]): void {
	for (const item of items) to.push(item);
}

/** `to` followed by `items`: `items` itself when `to` is empty (a reader's own fresh array), saving a copy of 400,000. */
function joined<T>(to: T[], items: T[]): T[] {
	if (to.length === 0) return items;
	append(to, items);
	return to;
}

export function fileIdOf(bytes: Uint8Array): string {
	return contentHash(bytes);
}

/** A Word table's cells named as in the document (`表1!C5` within the table, `段3` for a paragraph), not by their place on the sheet's grid. */
function namedAsInDocument(sheet: Sheet, ...lists: { cell?: string }[][]): void {
	for (const list of lists) for (const item of list) if (item.cell) item.cell = wordAddress(sheet, item.cell);
}

/**
 * Reads one file. Never throws — a file that cannot be read comes back with
 * `error` set — except NotLoaded, in a browser, for a file that needs SheetJS,
 * the formula engine or the Word reader before it was loaded (the caller loads
 * it and calls again).
 */
export function processFile(input: FileInput, decisions: FileDecisions = {}): FileResult {
	const fileId = fileIdOf(input.bytes);
	const result: FileResult = { fileId, file: input.name, format: null, sheets: [], filings: [], facts: [], ledger: [], problems: [], error: null };
	let workbook;
	try {
		workbook = readWorkbook(input.bytes, input.name);
	} catch (e) {
		if (e instanceof NotLoaded) throw e;
		result.error = e instanceof FileError ? problem('error', e.code, e.zh, e.en) : problem('error', 'read.failed', `读取失败：${String(e)}`, `Could not read the file: ${String(e)}`);
		return result;
	}
	result.format = workbook.format;
	if (workbook.problems) append(result.problems, workbook.problems);
	const { includeHidden, ...fileDecisions } = decisions;
	let failure: ReturnType<typeof problem> | undefined;
	// A recognizer or reader bug on one sheet must not lose the file's other sheets, nor the batch.
	const failed = (sheet: Sheet, e: unknown) => {
		const p = problem('error', 'sheet.failed', `工作表“${sheet.name}”读取出错：${String(e)}`, `Sheet "${sheet.name}" could not be read: ${String(e)}`, { sheet: sheet.name });
		result.problems.push(p);
		append(result.ledger, completeLedger(sheet, [], 'read-error'));
		return p;
	};

	// Every sheet's shape first: a form reader is told how many forms the workbook holds (one per unit, named on its tab).
	const recognized = workbook.sheets.map((sheet) => {
		if (sheet.hidden && !includeHidden) return 'hidden' as const;
		try {
			return recognizeSheet(sheet);
		} catch (e) {
			return { error: e };
		}
	});
	const formSheetNames = workbook.sheets.filter((_, i) => {
		const r = recognized[i];
		return typeof r === 'object' && 'shape' in r && r.shape === 'form';
	}).map((s) => s.name);
	const ctx = { fileId, file: input.name, ...fileDecisions, formSheetNames };
	/** Hidden sheets left unread that hold something: named in the file's error when nothing else was read. */
	const hiddenWithData: string[] = [];
	let anyData = false;

	workbook.sheets.forEach((sheet, i) => {
		const nonEmpty = cellsOf(sheet).next().done === false;
		anyData ||= nonEmpty;
		const rec = recognized[i];
		if (rec === 'hidden') {
			result.sheets.push({ name: sheet.name, shape: 'none', hidden: true });
			if (nonEmpty) {
				hiddenWithData.push(`“${sheet.name}”`);
				append(result.ledger, completeLedger(sheet, [], 'hidden-sheet'));
				result.problems.push(problem('info', 'sheet.hidden', `隐藏的工作表“${sheet.name}”未读取（可选择包含隐藏工作表后重新读取）。`, `Hidden sheet "${sheet.name}" was not read (include hidden sheets to read it).`, { sheet: sheet.name }));
			}
			return;
		}
		if ('error' in rec) {
			result.sheets.push({ name: sheet.name, shape: 'none', hidden: sheet.hidden });
			const p = failed(sheet, rec.error);
			failure ??= p;
			return;
		}
		const { shape, read } = rec;
		result.sheets.push({ name: sheet.name, shape, hidden: sheet.hidden });
		if (!read) {
			if (nonEmpty) append(result.ledger, completeLedger(sheet, [], 'no-table'));
			return;
		}
		try {
			const out = read(ctx);
			refuseImpossibleCounts(out);
			const ledger = completeLedger(sheet, out.ledger);
			if (sheet.word) namedAsInDocument(sheet, out.facts, ledger, out.problems);
			result.facts = joined(result.facts, out.facts);
			append(result.filings, out.filings);
			append(result.problems, out.problems);
			result.ledger = joined(result.ledger, ledger);
		} catch (e) {
			failed(sheet, e);
		}
	});

	for (const { filing, from } of dateUndatedFilings(input.name, workbook.savedOn, result.filings, result.facts)) {
		const [zh, en] = from === 'file-name' ? ['文件名', 'file name'] : ['文件的保存日期', "workbook's saved date"];
		const who = filing.unit || filing.sheet;
		result.problems.push(
			problem('info', `filing.date-from-${from}`, `${who}未填写填报日期，按${zh}记为 ${filing.filedOn}。`, `${who} states no filing date; dated ${filing.filedOn} from the ${en}.`, { sheet: filing.sheet })
		);
	}

	if (!result.sheets.some((s) => s.shape !== 'none')) {
		// No sheet recognized: the file's error says why (a sheet that failed, or no table at all).
		if (failure) result.problems = result.problems.filter((p) => p !== failure);
		result.error = failure
			? failure
			: hiddenWithData.length > 0
			? problem('error', 'read.only-hidden', `可见的工作表中没有可识别的统计表；隐藏的工作表${hiddenWithData.join('、')}未读取（可选择包含隐藏工作表后重新读取）。`, `No statistics table in the visible sheets; the hidden sheet(s) ${hiddenWithData.join(', ')} were not read (include hidden sheets to read them).`)
			: anyData
			? problem('error', 'read.no-table', '文件中没有可识别的统计表（既不是填报表、汇总表，也不是明细表）。', 'No statistics table was recognized in the file (neither a filled-in form, a summary table nor a long table).')
			: problem('error', 'read.no-data', '文件中没有任何数据。', 'The file holds no data.');
	}
	return result;
}

/**
 * processFile where the reader's parts load on demand (a browser, the built CLI): first loads what
 * the file's kind needs (SheetJS for an .xls, the Word reader for a .docx, code pages for a BIFF5
 * .xls); where the read still stops on a part not loaded — an .xlsx the own reader declined, a
 * number format SheetJS writes, formulas saved without results — loads that part and reads again.
 */
export async function processFileLoading(input: FileInput, decisions: FileDecisions = {}): Promise<FileResult> {
	await prepareRead(input.bytes, input.name);
	return readLoading(() => processFile(input, decisions));
}

// Resolving filings needs none of the readers: it lives apart so the page can build facts
// without loading SheetJS and the shape readers on the main thread.
export { resolveFilings, buildFacts } from './resolve';
