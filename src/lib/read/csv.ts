import Papa from 'papaparse';
import type { Cell, Workbook } from './workbook';
import { READ_LIMITS, type ReadLimits } from './limits';
import { tooLarge, tooManyCells, tooManyColumns, tooManyRows, undecodableText } from './errors';

/**
 * CSV text as the file's author meant it: UTF-8 (with or without BOM),
 * UTF-16 with BOM, or GB18030/GBK — what Excel on Chinese Windows writes.
 * Throws only FileError (`csv.encoding`) when none of them decodes the bytes.
 */
export function decodeText(bytes: Uint8Array, fileName?: string): { text: string; encoding: string } {
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
		throw undecodableText(fileName);
	}
}

/** Reads CSV (or tab-separated text) within the limits; past one, refuses with the reason. */
export function readCsv(bytes: Uint8Array, fileName = '', limits: ReadLimits = READ_LIMITS): Workbook {
	if (bytes.length > limits.maxPlainBytes) throw tooLarge(fileName, bytes.length, limits.maxPlainBytes);
	const { text } = decodeText(bytes, fileName || undefined);
	// One row past the limit tells a sheet at the limit from one over it, without parsing the rest.
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: '', preview: limits.maxRows + 1 });
	if (parsed.data.length > limits.maxRows) throw tooManyRows(fileName, 'CSV', limits.maxRows + 1, limits.maxRows);
	const rows: (Cell | undefined)[][] = [];
	let colCount = 0;
	let cells = 0;
	parsed.data.forEach((fields, r) => {
		if (fields.length > limits.maxColumns) throw tooManyColumns(fileName, 'CSV', fields.length, limits.maxColumns);
		const out: (Cell | undefined)[] = [];
		fields.forEach((field, c) => {
			if (field.trim() === '') return;
			out[c] = { row: r, col: c, value: field, text: field };
			if (c + 1 > colCount) colCount = c + 1;
			if (++cells > limits.maxCells) throw tooManyCells(fileName, limits.maxCells);
		});
		if (out.length) rows[r] = out;
	});
	return { format: 'csv', sheets: [{ name: '', hidden: false, rows, colCount, merges: [] }] };
}
