/**
 * What an OLE2 compound file holds. A legacy .xls has a `Workbook` (BIFF8)
 * or `Book` (BIFF5) stream; an encrypted .xlsx/.xls saved by Excel with a
 * password is an OLE file with `EncryptionInfo` + `EncryptedPackage`; a
 * .doc or .ppt renamed .xls has `WordDocument` / `PowerPoint Document`.
 * SheetJS's CFB reads the directory: an OLE file needs SheetJS anyway.
 */
import { sheetJS } from './sheetjs-loader';

export type OleKind = 'workbook' | 'encrypted' | 'word' | 'powerpoint' | 'other' | 'corrupt';

export function oleKind(bytes: Uint8Array): OleKind {
	const names = sheetJS().oleStreamNames(bytes);
	if (!names) return 'corrupt';
	if (names.includes('encryptioninfo') || names.includes('encryptedpackage')) return 'encrypted';
	if (names.includes('workbook') || names.includes('book')) return 'workbook';
	if (names.includes('worddocument')) return 'word';
	if (names.includes('powerpoint document')) return 'powerpoint';
	return 'other';
}
