import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import type { Cell, CellValue, Range, Sheet, Workbook, FileFormat } from './workbook';

// Legacy BIFF5 .xls from Chinese Windows stores text in code page 936; SheetJS needs the tables.
XLSX.set_cptable(cptable);

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel serial day number as a Date at UTC midnight (no zone shifts). */
function excelDate(serial: number): Date {
	return new Date(EXCEL_EPOCH_MS + Math.round(serial * 86_400_000));
}

function toCell(raw: XLSX.CellObject, row: number, col: number): Cell | undefined {
	let value: CellValue;
	let text: string;
	switch (raw.t) {
		case 'z':
		case 'e':
			if (raw.t === 'e' && raw.w) return { row, col, value: raw.w, text: raw.w, formula: !!raw.f };
			return undefined;
		case 'n': {
			const n = raw.v as number;
			if (raw.z && XLSX.SSF.is_date(raw.z as string)) {
				value = excelDate(n);
				text = raw.w ?? String(n);
			} else {
				value = n;
				text = raw.w ?? String(n);
			}
			break;
		}
		case 'd':
			value = raw.v instanceof Date ? raw.v : new Date(String(raw.v));
			text = raw.w ?? String(raw.v);
			break;
		case 'b':
			value = !!raw.v;
			text = raw.v ? 'TRUE' : 'FALSE';
			break;
		default:
			value = raw.v == null ? '' : String(raw.v);
			text = value;
	}
	if (text === '' && value === '') return undefined;
	return { row, col, value, text, ...(raw.f ? { formula: true } : {}) };
}

/** Reads .xlsx, .xls (BIFF2–8) and HTML-table "xls" into a Workbook. Throws on unreadable bytes. */
export function readWithSheetJS(bytes: Uint8Array, format: FileFormat): Workbook {
	const wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: true, cellDates: false });
	const sheets: Sheet[] = wb.SheetNames.map((name, i) => {
		const ws = wb.Sheets[name];
		const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
		const rows: (Cell | undefined)[][] = [];
		let colCount = 0;
		for (let r = 0; r < data.length; r++) {
			const src = data[r];
			if (!src) continue;
			const out: (Cell | undefined)[] = [];
			for (let c = 0; c < src.length; c++) {
				const raw = src[c];
				if (!raw) continue;
				const cell = toCell(raw, r, c);
				if (cell) {
					out[c] = cell;
					if (c + 1 > colCount) colCount = c + 1;
				}
			}
			if (out.length) rows[r] = out;
		}
		const merges: Range[] = (ws['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
		const hidden = (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
		return { name, hidden, rows, colCount, merges };
	});
	return { format, sheets };
}
