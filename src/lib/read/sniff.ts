import type { FileFormat } from './workbook';

/** What the bytes are, whatever the file's name says. */
export type Sniffed = FileFormat | 'ole' | 'zip' | 'html' | 'empty' | 'unknown';

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

export function sniffFormat(bytes: Uint8Array, fileName: string): Sniffed {
	if (bytes.length === 0) return 'empty';
	const ext = fileName.toLowerCase().replace(/^.*\./, '');
	// OOXML is a zip; legacy .xls is an OLE2 compound file (so is an encrypted .xlsx).
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
	const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\ufeff/, '').trimStart().toLowerCase();
	if (head.startsWith('<')) return 'html';
	if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
	return 'unknown';
}
