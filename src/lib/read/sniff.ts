import type { FileFormat } from './workbook';

/**
 * What the bytes are, whatever the file's name says. `xlsx` is any zip and
 * `xls` any OLE2 compound file: what is inside them is checked next
 * (see zip.ts and ole.ts): a Word document (.docx) is a zip too, a Word 97
 * .doc an OLE file; WPS's .et/.ett are one or the other, read as what they
 * hold. `text` is plain text under a spreadsheet's
 * extension (many systems export tab-separated text as ".xls").
 */
export type Sniffed = Exclude<FileFormat, 'docx' | 'html' | 'rtf' | 'doc'> | 'html' | 'rtf' | 'pdf' | 'image' | 'archive' | 'text' | 'empty' | 'unknown';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** Control characters other than tab, CR, LF, FF in the first 4 KB: not text. */
function looksLikeText(bytes: Uint8Array): boolean {
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
	const n = Math.min(bytes.length, 4096);
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
	}
	return true;
}

export function sniffFormat(bytes: Uint8Array, fileName: string): Sniffed {
	if (bytes.length === 0) return 'empty';
	const ext = fileName.toLowerCase().replace(/^.*\./, '');
	// OOXML is a zip; legacy .xls is an OLE2 compound file (so is an encrypted .xlsx).
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'xlsx';
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38]))
		return 'image';
	if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf]) || startsWith(bytes, [0x1f, 0x8b])) return 'archive';
	const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\ufeff/, '').trimStart().toLowerCase();
	if (head.startsWith('<')) return 'html';
	if (head.startsWith('{\\rtf')) return 'rtf';
	// A .csv is decoded as text whatever it holds: the decoder says when it cannot be.
	if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
	if (!looksLikeText(bytes)) return 'unknown';
	if (ext === 'xls' || ext === 'xlsx' || ext === 'et' || ext === 'ett') return 'text';
	return 'unknown';
}
