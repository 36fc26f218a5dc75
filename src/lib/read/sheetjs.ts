/**
 * SheetJS, for what the own reader (xlsx.ts) leaves to it: legacy .xls
 * (BIFF2–8), HTML-table "xls", .xlsb, OpenDocument, and any .xlsx the own
 * reader declines. This module is loaded on demand in a browser (see
 * sheetjs-loader.ts), so SheetJS is not in the parse worker's first chunk.
 */
import * as XLSX from '@e965/xlsx';
import type { Range, Workbook, FileFormat } from './workbook';
import { FileError } from '../base/problem';
import { READ_LIMITS, type ReadLimits } from './limits';
import { WorkbookBuilder, type RawRows } from './cells';
import { savedDay } from './saved-date';
import { LOAD_AT_IMPORT } from './on-demand';

/*
 * Code pages. A legacy BIFF5 .xls (Excel 5/95, common from Chinese Windows)
 * stores its text in a code page such as 936 (GBK); SheetJS decodes it with
 * tables of ~500 KB (cpexcel). Only such files need them (.xlsx, BIFF8 .xls,
 * HTML and CSV do not), so in a browser they load on demand: the ingest worker
 * awaits ensureCodepages() when needsCodepages(bytes) says so, before the
 * synchronous read (so does the built CLI). In Node tests and scripts they load once, here, at import.
 */
let codepagesLoaded = false;
let codepagesLoading: Promise<void> | null = null;

/** Loads SheetJS's code-page tables once; later calls return the same promise. */
export function ensureCodepages(): Promise<void> {
	codepagesLoading ??= import('@e965/xlsx/dist/cpexcel.full.mjs').then((cptable) => {
		XLSX.set_cptable(cptable);
		codepagesLoaded = true;
	});
	return codepagesLoading;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True while reading `bytes` would need code-page tables not yet loaded. */
export function needsCodepages(bytes: Uint8Array): boolean {
	return !codepagesLoaded && isBiff5(bytes);
}

/** A legacy .xls whose text is in a code page: an OLE file with a BIFF5 `Book` stream (BIFF8's `Workbook` is UTF-16). */
export function isBiff5(bytes: Uint8Array): boolean {
	if (bytes.length < 512 || OLE_SIGNATURE.some((b, i) => bytes[i] !== b)) return false;
	const names = oleStreamNames(bytes);
	// Not readable as OLE: the reader says why.
	return !!names && names.includes('book') && !names.includes('workbook');
}

/** Reading a BIFF5 .xls before its code pages were loaded would garble every Chinese text: refused instead. */
function codepagesMissing(fileName: string): FileError {
	return new FileError(
		'read.codepages',
		`${fileName || '文件'} 是旧版 Excel 5.0/95 (.xls) 格式，需要先载入代码页表才能正确读取中文，读取程序没有载入。请重试，或在 Excel 中另存为 .xlsx 后再导入。`,
		`${fileName || 'The file'} is a legacy Excel 5.0/95 .xls; its text needs the code-page tables, which the reader had not loaded. Try again, or save it as .xlsx in Excel and import that.`
	);
}

// Node tests and scripts read synchronously with nothing to gain from waiting: load them now.
if (LOAD_AT_IMPORT) await ensureCodepages();

/**
 * Reads .xlsx, .xls (BIFF2–8) and HTML-table "xls" into a Workbook, within
 * the limits. Throws a FileError past a limit, and SheetJS's own error on
 * unreadable bytes (the caller turns that into `read.corrupt`). Formulas
 * come with their cached value; one without a value becomes a warning.
 */
export function readWithSheetJS(bytes: Uint8Array, format: FileFormat, fileName = '', limits: ReadLimits = READ_LIMITS): Workbook {
	if (format === 'xls' && needsCodepages(bytes)) throw codepagesMissing(fileName);
	return toWorkbook(parse(bytes, limits), format, fileName, limits);
}

function parse(bytes: Uint8Array, limits: ReadLimits): XLSX.WorkBook {
	// sheetRows: one row past the limit, so a sheet over it is told apart without parsing all of it.
	// sheetStubs: a formula cell without a cached value is kept (as a stub) so it can be named.
	// cellHTML: false — no HTML rendering of every string, which nothing here reads.
	return XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: true, cellHTML: false, cellDates: false, sheetStubs: true, sheetRows: limits.maxRows + 1 });
}

function toWorkbook(wb: XLSX.WorkBook, format: FileFormat, fileName: string, limits: ReadLimits): Workbook {
	const builder = new WorkbookBuilder(format, fileName, limits, date1904Of(wb));
	wb.SheetNames.forEach((name, i) => {
		const ws = wb.Sheets[name];
		const data = (ws['!data'] ?? []) as RawRows;
		const merges: Range[] = (ws['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
		const hidden = (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
		builder.sheet(name, hidden, data, merges);
	});
	builder.savedOn = savedDay(wb.Props?.ModifiedDate);
	return builder.workbook();
}

/** The workbook's 1904 date system: SheetJS keeps it as WBProps.date1904 (a boolean, or the XML's text). */
function date1904Of(wb: XLSX.WorkBook): boolean {
	const flag: unknown = wb.Workbook?.WBProps?.date1904;
	return flag === true || flag === 1 || flag === 'true' || flag === '1';
}

/** The names of an OLE2 compound file's streams, lower-cased; null when it is not readable as one. */
export function oleStreamNames(bytes: Uint8Array): string[] | null {
	try {
		return XLSX.CFB.read(bytes, { type: 'array' }).FileIndex.map((f: { name: string }) => f.name.toLowerCase());
	} catch {
		return null;
	}
}

/**
 * An OLE2 compound file's stream names (lower-cased) and, of the root
 * storage's streams, those `wanted` lists (lower-case), by name: a Word
 * document's `WordDocument`, its table and data streams (an embedded
 * object's streams of the same names, in storages below, are not these).
 * One read of the directory. Null when it is not readable as one.
 */
export function oleDirectory(bytes: Uint8Array, wanted: string[]): { names: string[]; streams: Map<string, Uint8Array> } | null {
	try {
		const cfb = XLSX.CFB.read(bytes, { type: 'array' });
		const names: string[] = [];
		const streams = new Map<string, Uint8Array>();
		cfb.FileIndex.forEach((f: { name: string; type: number; content?: ArrayLike<number> }, i: number) => {
			const name = f.name.toLowerCase();
			names.push(name);
			const depth = cfb.FullPaths[i].replace(/\/$/, '').split('/').length;
			if (f.type === 2 && depth === 2 && wanted.includes(name) && f.content && !streams.has(name))
				streams.set(name, f.content instanceof Uint8Array ? f.content : Uint8Array.from(f.content));
		});
		return { names, streams };
	} catch {
		return null;
	}
}
