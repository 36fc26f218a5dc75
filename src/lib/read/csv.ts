import Papa from 'papaparse';
import type { Cell, Workbook } from './workbook';
import { FileError } from '../facts/problem';

/**
 * CSV text as the file's author meant it: UTF-8 (with or without BOM),
 * UTF-16 with BOM, or GB18030/GBK — what Excel on Chinese Windows writes.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		// Not UTF-8: GB18030 is a superset of GBK and GB2312.
	}
	try {
		return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
	} catch {
		throw new FileError(
			'csv.encoding',
			'无法识别该 CSV 文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK）。请在 Excel 中另存为“CSV UTF-8”后重试。',
			'The CSV file is in an encoding that cannot be decoded (neither UTF-8 nor GB18030/GBK). Save it as "CSV UTF-8" and try again.'
		);
	}
}

export function readCsv(bytes: Uint8Array): Workbook {
	const { text } = decodeText(bytes);
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: '' });
	const rows: (Cell | undefined)[][] = [];
	let colCount = 0;
	parsed.data.forEach((fields, r) => {
		const out: (Cell | undefined)[] = [];
		fields.forEach((field, c) => {
			if (field.trim() === '') return;
			out[c] = { row: r, col: c, value: field, text: field };
			if (c + 1 > colCount) colCount = c + 1;
		});
		if (out.length) rows[r] = out;
	});
	return { format: 'csv', sheets: [{ name: '', hidden: false, rows, colCount, merges: [] }] };
}
