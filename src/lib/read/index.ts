import { sniffFormat } from './sniff';
import { loadSheetJS, sheetJS } from './sheetjs-loader';
import { NotLoaded, readLoading } from './on-demand';
import { readXlsx, type XlsxPart } from './xlsx';
import { csvReader, loadCsvReader } from './csv-loader';
import { entryData, isPlainZip, localName, readZipDirectory, storedZip, zipKind, type ZipEntry } from './zip';
import { InflateError, inflateRaw, inflatedSize } from './inflate';
import { oleContents } from './ole';
import { READ_LIMITS, type ReadLimits } from './limits';
import { corruptFile, emptyFile, encryptedFile, tooLarge, unreadableDocument, truncatedFile, unsupportedFile, wrongType } from './errors';
import { loadWordReader, wordReader } from './docx-loader';
import { FileError } from '../base/problem';
import type { Workbook } from './workbook';

export * from './workbook';
export { READ_LIMITS, type ReadLimits } from './limits';
export { loadSheetJS } from './sheetjs-loader';
export { loadWordReader } from './docx-loader';

/** Names under which an HTML file is a document (read like a .docx), not a spreadsheet. */
const HTML_DOCUMENT = /\.(docx?|dot|wps|wpt|html?|mht)$/i;

/** The first line of a library's error, short enough for a message. */
function detailOf(e: unknown): string {
	const s = (e instanceof Error ? e.message : String(e)).split('\n')[0];
	return s.length > 200 ? s.slice(0, 200) + '…' : s;
}

/**
 * Checks what a container really holds before any parser inflates or trusts
 * it: a zip's central directory (kind of document, truncation, uncompressed
 * size), an OLE file's streams (encryption, kind of document). Returns the
 * bytes the parser should read: for a plain zip, its parts as inflated here.
 */
function inspect(bytes: Uint8Array, kind: ReturnType<typeof sniffFormat>, fileName: string, limits: ReadLimits): Uint8Array | ZipPart[] | WordDocument | WordBinary {
	if (kind === 'xlsx') return inspectZip(bytes, fileName, limits);
	if (bytes.length > limits.maxPlainBytes) throw tooLarge(fileName, bytes.length, limits.maxPlainBytes);
	if (kind === 'xls') {
		const { kind: what, wordStreams } = oleContents(bytes);
		if (what === 'encrypted') throw encryptedFile(fileName);
		if (what === 'corrupt') throw truncatedOrCorrupt(bytes, fileName, 'damaged OLE container');
		// A Word 97–2003 .doc (and WPS's own .wps, the same container): its streams, for the Word reader.
		if (what === 'word') return { docStreams: wordStreams };
		if (what !== 'workbook') throw wrongType(fileName, what === 'other' ? 'ole' : what);
	}
	return bytes;
}

type ZipPart = XlsxPart;

/** A Word 97–2003 binary document's streams (WordDocument, its table stream, Data), by lower-case name. */
interface WordBinary {
	docStreams: Map<string, Uint8Array>;
}

/** A Word document's main part (word/document.xml) and its page headers (word/header*.xml), inflated and decoded. */
interface WordDocument {
	documentXml: string;
	headerXmls: string[];
}

/** A zip's bytes as they are, or for a plain zip its parts, inflated; for a Word document its main part. */
function inspectZip(bytes: Uint8Array, fileName: string, limits: ReadLimits): Uint8Array | ZipPart[] | WordDocument {
	const dir = readZipDirectory(bytes);
	if (!dir.ok) throw dir.reason === 'truncated' ? truncatedFile(fileName) : corruptFile(fileName, 'no zip directory');
	const what = zipKind(dir.entries, bytes);
	if (what !== 'spreadsheet' && what !== 'word') throw wrongType(fileName, what === 'other' ? 'zip' : what);
	const total = dir.entries.reduce((s, e) => s + e.uncompressedSize, 0);
	if (total > limits.maxUncompressedBytes) throw tooLarge(fileName, total, limits.maxUncompressedBytes);
	if (what === 'word') {
		const main = mainPart(bytes, dir.entries, fileName);
		const xml = (e: ZipEntry) => new TextDecoder('utf-8').decode(inflatePart(bytes, e, fileName, limits, total));
		const documentXml = xml(main);
		return { documentXml, headerXmls: headerParts(bytes, dir.entries, main, documentXml).map(xml) };
	}
	// The parts are kept only for a plain zip of XML parts (a binary .xlsb goes to SheetJS as it is).
	const keep = isPlainZip(bytes, dir) && !dir.entries.some((e) => e.name.toLowerCase() === 'xl/workbook.bin');
	const parts: ZipPart[] = [];
	// Every part must inflate cleanly to no more than it declares, before a parser (SheetJS
	// does not check) sees it: this catches corrupt data and zips that lie about their sizes.
	for (const e of dir.entries) {
		const data = entryData(bytes, e);
		if (!data) throw truncatedFile(fileName);
		if (e.method !== 0 && e.method !== 8) throw corruptFile(fileName, `${e.name}: compression method ${e.method}`);
		try {
			if (keep) parts.push({ name: localName(bytes, e), path: e.name, data: e.method === 8 ? inflateRaw(data, e.uncompressedSize) : data });
			else if (e.method === 8) inflatedSize(data, e.uncompressedSize);
		} catch (err) {
			if (!(err instanceof InflateError)) throw err;
			if (/past its limit/.test(err.message)) throw tooLarge(fileName, Math.max(total, limits.maxUncompressedBytes + 1), limits.maxUncompressedBytes);
			throw corruptFile(fileName, `${e.name}: ${err.message}`);
		}
	}
	return keep ? parts : bytes;
}

/** One part's bytes, inflated within its declared size (which the directory check bounded). */
function inflatePart(bytes: Uint8Array, e: ZipEntry, fileName: string, limits: ReadLimits, total: number): Uint8Array {
	const data = entryData(bytes, e);
	if (!data) throw truncatedFile(fileName);
	if (e.method === 0) return data;
	if (e.method !== 8) throw corruptFile(fileName, `${e.name}: compression method ${e.method}`);
	try {
		return inflateRaw(data, e.uncompressedSize);
	} catch (err) {
		if (!(err instanceof InflateError)) throw err;
		if (/past its limit/.test(err.message)) throw tooLarge(fileName, Math.max(total, limits.maxUncompressedBytes + 1), limits.maxUncompressedBytes);
		throw corruptFile(fileName, `${e.name}: ${err.message}`);
	}
}

/** A Word package's main document part: the one _rels/.rels names, else word/document.xml. */
function mainPart(bytes: Uint8Array, entries: ZipEntry[], fileName: string): ZipEntry {
	const byName = (n: string) => entries.find((e) => e.name.replace(/^\//, '').toLowerCase() === n.toLowerCase());
	const rels = byName('_rels/.rels');
	let target = 'word/document.xml';
	if (rels) {
		// An unreadable .rels: the usual name.
		const m = /<(?:\w+:)?Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(smallPartText(bytes, rels));
		const t = m && /\bTarget="([^"]+)"/.exec(m[0]);
		if (t) target = t[1].replace(/^\//, '');
	}
	const main = byName(target) ?? byName('word/document.xml');
	if (!main) throw corruptFile(fileName, 'no word/document.xml');
	return main;
}

/** A part's bytes as text, for the small parts read on the way (relationships); '' when unreadable. */
function smallPartText(bytes: Uint8Array, e: ZipEntry): string {
	if (e.uncompressedSize >= 1_000_000) return '';
	try {
		const data = entryData(bytes, e);
		return data ? new TextDecoder().decode(e.method === 8 ? inflateRaw(data, e.uncompressedSize) : data) : '';
	} catch {
		return '';
	}
}

/** The page headers the document's sections name, in order, each once (the Word reader reads the relationships). */
function headerParts(bytes: Uint8Array, entries: ZipEntry[], main: ZipEntry, documentXml: string): ZipEntry[] {
	const slash = main.name.lastIndexOf('/');
	const relsName = `${main.name.slice(0, slash + 1)}_rels/${main.name.slice(slash + 1)}.rels`.toLowerCase();
	const rels = entries.find((e) => e.name.toLowerCase() === relsName);
	if (!rels) return [];
	const paths = wordReader().headerPaths(smallPartText(bytes, rels), documentXml, main.name.slice(0, slash + 1));
	return paths.map((p) => entries.find((e) => e.name.toLowerCase() === p)).filter((e, i, all): e is ZipEntry => !!e && all.indexOf(e) === i);
}

/**
 * A plain zip's parts: read by the own reader (xlsx.ts), or where it declines
 * by SheetJS, handed the parts inflated once, in a zip of stored entries.
 */
function readXlsxParts(parts: ZipPart[], fileName: string, limits: ReadLimits): Workbook {
	return readXlsx(parts, fileName, limits) ?? sheetJS().readWithSheetJS(storedZip(parts), 'xlsx', fileName, limits);
}

/** An OLE file is laid out in 512-byte sectors: a length that is not a whole number of them was cut short. */
function truncatedOrCorrupt(bytes: Uint8Array, fileName: string, detail: string): FileError {
	return bytes.length % 512 !== 0 ? truncatedFile(fileName) : corruptFile(fileName, detail);
}

/**
 * Bytes → Workbook, by what the bytes are (not the extension), within the
 * stated limits (READ_LIMITS). Throws FileError with zh/en reasons naming the
 * file; and NotLoaded where the file needs SheetJS (or the formula engine, or the Word reader) and it is not loaded
 * yet (only in a browser: see prepareRead and sheetjs-loader.ts).
 */
export function readWorkbook(bytes: Uint8Array, fileName: string, limits: ReadLimits = READ_LIMITS): Workbook {
	const kind = sniffFormat(bytes, fileName);
	switch (kind) {
		case 'empty':
			throw emptyFile(fileName);
		case 'pdf':
		case 'image':
		case 'archive':
			throw wrongType(fileName, kind);
		case 'unknown':
			throw /\.(doc|dot|wps|wpt|rtf)$/i.test(fileName) ? unreadableDocument(fileName) : unsupportedFile(fileName);
	}
	const parsed = inspect(bytes, kind, fileName, limits);
	try {
		switch (kind) {
			case 'xlsx':
				if (parsed instanceof Uint8Array) return sheetJS().readWithSheetJS(parsed, 'xlsx', fileName, limits);
				if (Array.isArray(parsed)) return readXlsxParts(parsed, fileName, limits);
				// What else a zip's inspection gives: a Word document's parts.
				return wordReader().readDocx((parsed as WordDocument).documentXml, fileName, limits, (parsed as WordDocument).headerXmls);
			case 'html':
				// An HTML "Word document": its paragraphs and tables as a .docx's; an HTML "xls" is SheetJS's.
				if (HTML_DOCUMENT.test(fileName)) return wordReader().readHtmlDocument(bytes, fileName, limits);
				return sheetJS().readWithSheetJS(bytes, 'xls', fileName, limits);
			case 'rtf':
				// An RTF document, whatever its name (.doc, .rtf, .wps): its paragraphs and tables as a .docx's.
				return wordReader().readRtfDocument(bytes, fileName, limits);
			case 'xls':
				if (typeof parsed === 'object' && 'docStreams' in parsed) return wordReader().readWordBinary(parsed.docStreams, fileName, limits);
				return sheetJS().readWithSheetJS(bytes, 'xls', fileName, limits);
			case 'csv':
			case 'text':
				return csvReader().readCsv(bytes, fileName, limits);
		}
	} catch (e) {
		if (e instanceof FileError || e instanceof NotLoaded) throw e;
		const detail = detailOf(e);
		// A legacy .xls encrypted with a password (BIFF FILEPASS) is caught here, by SheetJS.
		if (/password/i.test(detail)) throw encryptedFile(fileName);
		if (kind === 'xls') throw truncatedOrCorrupt(bytes, fileName, detail);
		throw corruptFile(fileName, detail);
	}
}

/**
 * Loads, before a synchronous read, what the file's kind needs: the CSV reader for a CSV or text
 * file, the Word reader for a Word document, SheetJS for a
 * legacy .xls or an HTML "xls" (an .xlsx is read by the own reader and needs
 * it only if that declines: readWorkbook then throws NotLoaded), and
 * the code pages for a BIFF5 .xls. Nothing to wait for in Node tests and scripts (every part loaded at import).
 */
export async function prepareRead(bytes: Uint8Array, fileName: string): Promise<void> {
	const kind = sniffFormat(bytes, fileName);
	if (kind === 'xlsx') {
		const dir = readZipDirectory(bytes);
		if (dir.ok && zipKind(dir.entries, bytes) === 'word') await loadWordReader();
		return;
	}
	if (kind === 'rtf' || (kind === 'html' && HTML_DOCUMENT.test(fileName))) {
		await loadWordReader();
		return;
	}
	if (kind === 'csv' || kind === 'text') {
		await loadCsvReader();
		return;
	}
	if (kind !== 'xls' && kind !== 'html') return;
	const sheetjs = await loadSheetJS();
	// A Word 97 .doc sniffs as 'xls' (the same container); telling them apart here would parse every .xls's
	// directory once more, so the Word reader loads when the read asks for it (NotLoaded, read again).
	// The code-page tables (~500 KB) load only when a legacy BIFF5 .xls needs them.
	if (sheetjs.needsCodepages(bytes)) await sheetjs.ensureCodepages();
}

/** A whole workbook where the reader's parts load on demand: what the kind needs first, then any part the read asks for. */
export async function readWorkbookLoading(bytes: Uint8Array, fileName: string): Promise<Workbook> {
	await prepareRead(bytes, fileName);
	return readLoading(() => readWorkbook(bytes, fileName));
}
