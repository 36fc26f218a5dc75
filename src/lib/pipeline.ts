/**
 * The core, end to end: bytes → Workbook → shape per sheet → facts with
 * provenance, a ledger of every cell, and problems in Chinese and English.
 * Pure TypeScript: no DOM, no Node APIs, so the same code runs in the
 * browser's Web Workers and in the CLI.
 */
import { readWorkbook } from './read/index';
import { cellsOf } from './read/workbook';
import { recognizeSheet } from './shapes/recognize';
import { completeLedger } from './facts/ledger';
import { contentHash } from './facts/hash';
import { FileError, problem } from './facts/problem';
import type { Fact, FileResult } from './facts/fact';
import { applyMapping } from './mapping/apply';
import type { MappingProfile } from './mapping/profile';

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

export function fileIdOf(bytes: Uint8Array): string {
	return contentHash(bytes);
}

/** Reads one file. Never throws: a file that cannot be read comes back with `error` set. */
export function processFile(input: FileInput, decisions: FileDecisions = {}): FileResult {
	const fileId = fileIdOf(input.bytes);
	const result: FileResult = { fileId, file: input.name, format: null, sheets: [], filings: [], facts: [], ledger: [], problems: [], error: null };
	let workbook;
	try {
		workbook = readWorkbook(input.bytes, input.name);
	} catch (e) {
		result.error = e instanceof FileError ? problem('error', e.code, e.zh, e.en) : problem('error', 'read.failed', `读取失败：${String(e)}`, `Could not read the file: ${String(e)}`);
		return result;
	}
	result.format = workbook.format;
	if (workbook.problems) append(result.problems, workbook.problems);
	const { includeHidden, ...fileDecisions } = decisions;
	const ctx = { fileId, file: input.name, ...fileDecisions };

	for (const sheet of workbook.sheets) {
		const nonEmpty = cellsOf(sheet).next().done === false;
		if (sheet.hidden && !includeHidden) {
			result.sheets.push({ name: sheet.name, shape: 'none', hidden: true });
			if (nonEmpty) {
				append(result.ledger, completeLedger(sheet, [], 'hidden-sheet'));
				result.problems.push(problem('info', 'sheet.hidden', `隐藏的工作表“${sheet.name}”未读取（可选择包含隐藏工作表后重新读取）。`, `Hidden sheet "${sheet.name}" was not read (include hidden sheets to read it).`, { sheet: sheet.name }));
			}
			continue;
		}
		const { shape, read } = recognizeSheet(sheet);
		result.sheets.push({ name: sheet.name, shape, hidden: sheet.hidden });
		if (!read) {
			if (nonEmpty) append(result.ledger, completeLedger(sheet, [], 'no-table'));
			continue;
		}
		try {
			const out = read(sheet, ctx);
			append(result.facts, out.facts);
			append(result.filings, out.filings);
			append(result.problems, out.problems);
			append(result.ledger, completeLedger(sheet, out.ledger));
		} catch (e) {
			// A reader bug on one sheet must not lose the file's other sheets.
			result.problems.push(problem('error', 'sheet.failed', `工作表“${sheet.name}”读取出错：${String(e)}`, `Sheet "${sheet.name}" could not be read: ${String(e)}`, { sheet: sheet.name }));
			append(result.ledger, completeLedger(sheet, [], 'read-error'));
		}
	}

	if (!result.sheets.some((s) => s.shape !== 'none')) {
		result.error = workbook.sheets.some((s) => cellsOf(s).next().done === false)
			? problem('error', 'read.no-table', '文件中没有可识别的统计表（既不是填报表、汇总表，也不是明细表）。', 'No statistics table was recognized in the file (neither a filled-in form, a summary table nor a long table).')
			: problem('error', 'read.no-data', '文件中没有任何数据。', 'The file holds no data.');
	}
	return result;
}

/** Key of one unit's filing for one year. */
const filingKey = (f: Pick<Fact, 'region' | 'unit' | 'year'>) => `${f.region}\u0000${f.unit}\u0000${f.year ?? ''}`;

/**
 * All facts of a batch with repeated filings resolved: for each unit and
 * year, the filing with the latest 填报日期 counts (on equal dates, the one
 * imported last); the facts of the others stay, marked superseded. The same
 * file imported twice (same content) counts once.
 */
export function resolveFilings(results: FileResult[]): Fact[] {
	const seenFiles = new Set<string>();
	const batch = results.filter((r) => !r.error && !seenFiles.has(r.fileId) && seenFiles.add(r.fileId));

	// The winning source (file + sheet) of each unit-year, by (filedOn, import order).
	const winner = new Map<string, { source: string; filedOn: string; order: number }>();
	batch.forEach((r, order) => {
		for (const f of r.facts) {
			const key = filingKey(f);
			const candidate = { source: `${r.fileId}\u0000${f.sheet}`, filedOn: f.filedOn ?? '', order };
			const best = winner.get(key);
			if (!best || candidate.filedOn > best.filedOn || (candidate.filedOn === best.filedOn && candidate.order >= best.order)) winner.set(key, candidate);
		}
	});

	const facts: Fact[] = [];
	for (const r of batch)
		for (const f of r.facts) {
			const won = winner.get(filingKey(f))!.source === `${r.fileId}\u0000${f.sheet}`;
			facts.push(won ? f : { ...f, status: 'superseded' });
		}
	return facts;
}

/**
 * The facts a batch stands for: filings resolved, then the user's mapping
 * profile applied (when given). Mapping comes last because it only relabels
 * facts; which filing counts does not depend on what its labels mean.
 */
export function buildFacts(results: FileResult[], profile?: MappingProfile | null): Fact[] {
	const facts = resolveFilings(results);
	return profile ? applyMapping(facts, profile) : facts;
}
