/**
 * What an OLE2 compound file holds. A legacy .xls has a `Workbook` (BIFF8)
 * or `Book` (BIFF5) stream; an encrypted .xlsx/.xls saved by Excel with a
 * password is an OLE file with `EncryptionInfo` + `EncryptedPackage`; a
 * .doc or .ppt renamed .xls has `WordDocument` / `PowerPoint Document`.
 * SheetJS's CFB reads the directory: an OLE file needs SheetJS anyway.
 */
import { sheetJS } from './sheetjs-loader';

export type OleKind = 'workbook' | 'encrypted' | 'word' | 'powerpoint' | 'other' | 'corrupt';

/** The streams a Word 97–2003 document is read from (doc-binary.ts). */
const WORD_STREAMS = ['worddocument', '0table', '1table', 'data'];

/** What the file holds and, for a Word document, its streams by lower-case name (one read of the directory). */
export function oleContents(bytes: Uint8Array): { kind: OleKind; wordStreams: Map<string, Uint8Array> } {
	const dir = sheetJS().oleDirectory(bytes, WORD_STREAMS);
	const names = dir?.names ?? [];
	const kind: OleKind = !dir
		? 'corrupt'
		: names.includes('encryptioninfo') || names.includes('encryptedpackage')
			? 'encrypted'
			: names.includes('workbook') || names.includes('book')
				? 'workbook'
				: dir.streams.has('worddocument')
					? 'word'
					: names.includes('powerpoint document')
						? 'powerpoint'
						: 'other';
	return { kind, wordStreams: dir?.streams ?? new Map() };
}

export function oleKind(bytes: Uint8Array): OleKind {
	return oleContents(bytes).kind;
}
