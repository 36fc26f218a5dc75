/**
 * A binary .doc's formatting, as far as a form needs it ([MS-DOC]):
 * paragraph properties (PlcBtePapx → PAPX FKPs) say which paragraph is in a
 * table, which ends a row, how deep a table is nested, and the row's cells
 * (sprmTDefTable: their edges and merges); character properties (PlcBteChpx →
 * CHPX FKPs) say a run's font (a symbol font shows symbols), a symbol
 * character (sprmCSymbol) and where a form field's data is (sprmCPicLocation).
 * Both are runs over FCs (byte offsets of the text in the WordDocument stream).
 */
import { Bytes, DocFormatError, FC, type Fib } from './doc-stream';

/** One run of properties: FCs [start, end) and the sprms that apply to it. */
interface Run {
	start: number;
	end: number;
	grpprl: Uint8Array;
}

const EMPTY: Uint8Array = new Uint8Array(0);

/** The runs of one kind (paragraph or character), sorted, found by FC. */
export class Runs {
	private last = 0;
	constructor(private readonly runs: Run[]) {}
	/** The sprms in force at byte `fc` (none where no run covers it). */
	at(fc: number): Uint8Array {
		const runs = this.runs;
		// Characters come in order: the run of the last one, or the next, nearly always.
		for (let i = this.last; i <= this.last + 1 && i < runs.length; i++)
			if (runs[i].start <= fc && fc < runs[i].end) {
				this.last = i;
				return runs[i].grpprl;
			}
		let lo = 0;
		let hi = runs.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (runs[mid].end <= fc) lo = mid + 1;
			else if (runs[mid].start > fc) hi = mid - 1;
			else {
				this.last = mid;
				return runs[mid].grpprl;
			}
		}
		return EMPTY;
	}
}

/** The FKP pages a PlcBte names (each a 512-byte page of the WordDocument stream), in order. */
function ftkPages(table: Bytes, fib: Fib, index: number): number[] {
	const { fc, lcb } = fib.fcLcb(index);
	if (lcb === 0) return [];
	table.check(fc, lcb);
	if (lcb < 4 || (lcb - 4) % 8 !== 0) throw new DocFormatError('property table of a wrong size');
	const n = (lcb - 4) / 8;
	const pages: number[] = [];
	for (let i = 0; i < n; i++) pages.push(table.u32(fc + (n + 1) * 4 + i * 4) & 0x3fffff);
	return pages;
}

/** The paragraph runs: each PAPX FKP's FCs and its paragraphs' sprms (the style index before them dropped). */
export function paragraphRuns(doc: Bytes, table: Bytes, fib: Fib): Runs {
	const runs: Run[] = [];
	for (const pn of ftkPages(table, fib, FC.plcfBtePapx)) {
		const page = pn * 512;
		doc.check(page, 512);
		const crun = doc.u8(page + 511);
		if ((crun + 1) * 4 + crun * 13 > 511) throw new DocFormatError('paragraph page with too many runs');
		for (let i = 0; i < crun; i++) {
			const start = doc.u32(page + i * 4);
			const end = doc.u32(page + (i + 1) * 4);
			const bOffset = doc.u8(page + (crun + 1) * 4 + i * 13) * 2;
			let grpprl = EMPTY;
			if (bOffset > 0 && bOffset < 511) {
				const cb = doc.u8(page + bOffset);
				// cb counts words and includes the style index's two bytes (cb 0: the next byte counts them).
				const [from, size] = cb !== 0 ? [bOffset + 1, cb * 2 - 1] : [bOffset + 2, doc.u8(page + bOffset + 1) * 2];
				if (from + size <= 511 && size >= 2) grpprl = doc.slice(page + from + 2, size - 2);
			}
			runs.push({ start, end, grpprl });
		}
	}
	return new Runs(sortRuns(runs));
}

/** The character runs: each CHPX FKP's FCs and their sprms. */
export function characterRuns(doc: Bytes, table: Bytes, fib: Fib): Runs {
	const runs: Run[] = [];
	for (const pn of ftkPages(table, fib, FC.plcfBteChpx)) {
		const page = pn * 512;
		doc.check(page, 512);
		const crun = doc.u8(page + 511);
		if ((crun + 1) * 4 + crun > 511) throw new DocFormatError('character page with too many runs');
		for (let i = 0; i < crun; i++) {
			const start = doc.u32(page + i * 4);
			const end = doc.u32(page + (i + 1) * 4);
			const offset = doc.u8(page + (crun + 1) * 4 + i) * 2;
			let grpprl = EMPTY;
			if (offset > 0 && offset < 511) {
				const cb = doc.u8(page + offset);
				if (offset + 1 + cb <= 511) grpprl = doc.slice(page + offset + 1, cb);
			}
			runs.push({ start, end, grpprl });
		}
	}
	return new Runs(sortRuns(runs));
}

function sortRuns(runs: Run[]): Run[] {
	return runs.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
}

/** A sprm's operand size by its spra (bits 13–15); variable-length (6) ones are sized by their first byte(s). */
const OPERAND_SIZE = [1, 1, 2, 4, 2, 2, -1, 3];
export const SPRM = {
	pFInTable: 0x2416,
	pFTtp: 0x2417,
	pItap: 0x6649,
	pFInnerTableCell: 0x244b,
	pFInnerTtp: 0x244c,
	tDefTable: 0xd608,
	tVertMerge: 0xd62b,
	pChgTabs: 0xc615,
	cSymbol: 0x6a09,
	cRgFtc0: 0x4a4f,
	cRgFtc1: 0x4a50,
	cRgFtc2: 0x4a51,
	cFData: 0x0806,
	cPicLocation: 0x6a03
} as const;

/** Each sprm in a grpprl: its code and operand (for variable-length ones, without their size bytes). */
export function* sprms(grpprl: Uint8Array): Generator<{ sprm: number; operand: Uint8Array }> {
	let at = 0;
	while (at + 2 <= grpprl.length) {
		const sprm = grpprl[at] | (grpprl[at + 1] << 8);
		at += 2;
		let size = OPERAND_SIZE[sprm >> 13];
		let skip = 0;
		if (size < 0) {
			if (sprm === SPRM.tDefTable) {
				if (at + 2 > grpprl.length) return;
				size = (grpprl[at] | (grpprl[at + 1] << 8)) - 1;
				skip = 2;
			} else if (sprm === SPRM.pChgTabs && grpprl[at] === 255) {
				// The long form: deleted tabs (4 bytes each) then added ones (3 bytes each).
				const del = grpprl[at + 1] ?? 0;
				const add = grpprl[at + 2 + del * 4] ?? 0;
				size = 2 + del * 4 + add * 3;
				skip = 1;
			} else {
				if (at >= grpprl.length) return;
				size = grpprl[at];
				skip = 1;
			}
		}
		if (size < 0 || at + skip + size > grpprl.length) return;
		yield { sprm, operand: grpprl.subarray(at + skip, at + skip + size) };
		at += skip + size;
	}
}

const u16 = (b: Uint8Array, at: number) => (at + 2 <= b.length ? b[at] | (b[at + 1] << 8) : 0);
const i16 = (b: Uint8Array, at: number) => {
	const v = u16(b, at);
	return v >= 0x8000 ? v - 0x10000 : v;
};
const u32 = (b: Uint8Array, at: number) => (at + 4 <= b.length ? (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000 : 0);

export type Merge = 'restart' | 'continue' | null;

/** One cell of a row's definition: its right edge (twips) and its part in merges. */
export interface CellDef {
	right: number;
	vMerge: Merge;
	hMerge: Merge;
}

/** What a paragraph's properties say about tables. */
export interface ParagraphProps {
	/** Table depth: 0 outside a table, 1 in a table, 2+ nested. */
	depth: number;
	/** Ends a row of the outermost table (its mark is the row's end). */
	rowEnd: boolean;
	/** Ends a row of a nested table. */
	innerRowEnd: boolean;
	/** For a row end: the row's left edge and its cells. */
	row: { left: number; cells: CellDef[] } | null;
}

/** TC80 flags: fFirstMerged, fMerged (across); fVertMerge, fVertRestart (down). */
function tcMerges(flags: number): Pick<CellDef, 'vMerge' | 'hMerge'> {
	return {
		hMerge: flags & 0x01 ? 'restart' : flags & 0x02 ? 'continue' : null,
		vMerge: flags & 0x20 ? (flags & 0x40 ? 'restart' : 'continue') : null
	};
}

export function paragraphProps(grpprl: Uint8Array): ParagraphProps {
	let inTable = false;
	let itap: number | null = null;
	const out: ParagraphProps = { depth: 0, rowEnd: false, innerRowEnd: false, row: null };
	for (const { sprm, operand } of sprms(grpprl)) {
		if (sprm === SPRM.pFInTable) inTable = operand[0] !== 0;
		else if (sprm === SPRM.pFTtp) out.rowEnd = operand[0] !== 0;
		else if (sprm === SPRM.pItap) itap = u32(operand, 0);
		else if (sprm === SPRM.pFInnerTtp) out.innerRowEnd = operand[0] !== 0;
		else if (sprm === SPRM.tDefTable) {
			const n = operand[0] ?? 0;
			const left = i16(operand, 1);
			const cells: CellDef[] = [];
			for (let i = 0; i < n && 1 + (i + 2) * 2 <= operand.length; i++) {
				const tc = 1 + (n + 1) * 2 + i * 20;
				cells.push({ right: i16(operand, 1 + (i + 1) * 2), ...tcMerges(tc + 2 <= operand.length ? u16(operand, tc) : 0) });
			}
			out.row = { left, cells };
		} else if (sprm === SPRM.tVertMerge && out.row) {
			const cell = out.row.cells[operand[0] ?? -1];
			const v = operand[1] ?? 0;
			if (cell) cell.vMerge = v === 3 ? 'restart' : v === 1 || v === 2 ? 'continue' : null;
		}
	}
	out.depth = Math.min(itap ?? (inTable ? 1 : 0), 64);
	if (out.depth === 0 && inTable) out.depth = 1;
	return out;
}

/** What a character run's properties say: its font (an index into the font table), a symbol, a form field's data. */
export interface CharProps {
	font: number | null;
	/** sprmCSymbol: the character stands for this one in this font. */
	symbol: { font: number; char: number } | null;
	/** sprmCPicLocation with sprmCFData: where the form field's data (FFData) is in the Data stream. */
	fieldData: number | null;
}

export function charProps(grpprl: Uint8Array): CharProps {
	const out: CharProps = { font: null, symbol: null, fieldData: null };
	let data = false;
	let location: number | null = null;
	for (const { sprm, operand } of sprms(grpprl)) {
		if (sprm === SPRM.cRgFtc0) out.font = u16(operand, 0);
		else if (sprm === SPRM.cSymbol) out.symbol = { font: u16(operand, 0), char: u16(operand, 2) };
		else if (sprm === SPRM.cFData) data = operand[0] !== 0;
		else if (sprm === SPRM.cPicLocation) location = u32(operand, 0);
	}
	if (data && location !== null) out.fieldData = location;
	return out;
}

/** The font table (SttbfFfn): each font's name, by index. */
export function fontNames(table: Bytes, fib: Fib): string[] {
	const { fc, lcb } = fib.fcLcb(FC.sttbfFfn);
	if (lcb < 4) return [];
	table.check(fc, lcb);
	const end = fc + lcb;
	const count = Math.min(table.u16(fc), 4096);
	const names: string[] = [];
	let at = fc + 4;
	for (let i = 0; i < count && at < end; i++) {
		const size = table.u8(at);
		// FFN: 39 bytes (family, weight, charset, panose, signature) before its name, UTF-16, 0-ended.
		let name = '';
		for (let p = at + 1 + 39; p + 1 < at + 1 + size && p + 1 < end; p += 2) {
			const c = table.u16(p);
			if (c === 0) break;
			name += String.fromCharCode(c);
		}
		names.push(name);
		at += 1 + size;
	}
	return names;
}

/**
 * A check box form field's state from its FFData (in the Data stream, after a
 * 0x44-byte header): iType 1 is a check box; iRes 1 checked, 0 not, 25 its
 * default (wDef, after the field's name). Null when it is no check box.
 */
export function checkBoxState(data: Bytes | null, at: number): boolean | null {
	if (!data) return null;
	try {
		const ff = at + data.u16(at + 4);
		const bits = data.u16(ff + 4);
		if ((bits & 3) !== 1) return null;
		const res = (bits >> 2) & 0x1f;
		if (res === 1 || res === 0) return res === 1;
		const nameLength = data.u16(ff + 10);
		return data.u16(ff + 12 + nameLength * 2 + 2) === 1;
	} catch (e) {
		if (e instanceof DocFormatError) return null;
		throw e;
	}
}
