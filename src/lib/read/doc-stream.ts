/**
 * A Word 97–2003 binary document's (.doc, [MS-DOC]) first layer: the File
 * Information Block at the start of the `WordDocument` stream, which says
 * where everything else is, and the piece table (CLX in the table stream),
 * which says where each run of the text is stored: as 8-bit cp1252 bytes
 * ("compressed") or as UTF-16LE (what Chinese text always is). Every read is
 * checked against its stream's length: a short or lying file throws
 * DocFormatError, never reads past the end or loops.
 */

/** The document's bytes do not hold what its own directory says (truncated or corrupt). */
export class DocFormatError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DocFormatError';
	}
}

/** A little-endian reader over one stream that refuses to read past its end. */
export class Bytes {
	constructor(
		readonly data: Uint8Array,
		private readonly what: string
	) {}
	get length(): number {
		return this.data.length;
	}
	check(at: number, size: number): void {
		if (!(at >= 0 && size >= 0 && at + size <= this.data.length)) throw new DocFormatError(`${this.what}: ${size} bytes at ${at} past its end (${this.data.length})`);
	}
	u8(at: number): number {
		this.check(at, 1);
		return this.data[at];
	}
	u16(at: number): number {
		this.check(at, 2);
		return this.data[at] | (this.data[at + 1] << 8);
	}
	i16(at: number): number {
		const v = this.u16(at);
		return v >= 0x8000 ? v - 0x10000 : v;
	}
	u32(at: number): number {
		this.check(at, 4);
		return (this.data[at] | (this.data[at + 1] << 8) | (this.data[at + 2] << 16)) + this.data[at + 3] * 0x1000000;
	}
	slice(at: number, size: number): Uint8Array {
		this.check(at, size);
		return this.data.subarray(at, at + size);
	}
}

/** Word 97 writes nFib 0x00C1; Word 6/95 (an older format, not read here) less. */
export const WORD97_NFIB = 0x00c1;

export interface Fib {
	nFib: number;
	/** Password-protected (encrypted or XOR-obfuscated). */
	encrypted: boolean;
	/** Which table stream holds the tables: `1Table` when set, else `0Table`. */
	tableStream: '0table' | '1table';
	/** Characters of the main text, the footnotes and the headers (which follow one another in CP order). */
	ccpText: number;
	ccpFtn: number;
	ccpHdd: number;
	/** Where the text boxes' text begins (after the comments and endnotes), and its length. */
	cpTxbx: number;
	ccpTxbx: number;
	/** Where a table-stream structure is, by its index in FibRgFcLcb97 (CLX is 33). */
	fcLcb(index: number): { fc: number; lcb: number };
}

/** FibRgFcLcb97's entries the reader uses. */
export const FC = { plcfHdd: 11, plcfBteChpx: 12, plcfBtePapx: 13, sttbfFfn: 15, clx: 33, plcSpaMom: 40, plcftxbxTxt: 56 } as const;

/** The File Information Block; null when the stream is no Word document (wIdent). */
export function readFib(doc: Bytes): Fib | null {
	if (doc.length < 32 || doc.u16(0) !== 0xa5ec) return null;
	const nFib = doc.u16(2);
	const flags = doc.u16(0x0a);
	let at = 32;
	const csw = doc.u16(at);
	at += 2 + csw * 2;
	const cslw = doc.u16(at);
	const rgLw = at + 2;
	const lw = (i: number) => (i < cslw ? doc.u32(rgLw + i * 4) : 0);
	at = rgLw + cslw * 4;
	const cbRgFcLcb = doc.u16(at);
	const rgFcLcb = at + 2;
	doc.check(rgFcLcb, cbRgFcLcb * 8);
	return {
		nFib,
		encrypted: (flags & 0x0100) !== 0 || (flags & 0x8000) !== 0,
		tableStream: flags & 0x0200 ? '1table' : '0table',
		ccpText: lw(3),
		ccpFtn: lw(4),
		ccpHdd: lw(5),
		cpTxbx: lw(3) + lw(4) + lw(5) + lw(6) + lw(7) + lw(8),
		ccpTxbx: lw(9),
		fcLcb(index) {
			if (index >= cbRgFcLcb) return { fc: 0, lcb: 0 };
			return { fc: doc.u32(rgFcLcb + index * 8), lcb: doc.u32(rgFcLcb + index * 8 + 4) };
		}
	};
}

/** One piece of the text: CPs [cpStart, cpEnd) stored from byte `fc` of the WordDocument stream. */
export interface Piece {
	cpStart: number;
	cpEnd: number;
	fc: number;
	compressed: boolean;
}

/**
 * The piece table (PlcPcd) from the CLX: the property runs (Prc, 0x01) are
 * stepped over, the Pcdt (0x02) read. Pieces are checked: in order, within
 * the stream.
 */
export function readPieces(table: Bytes, fib: Fib, doc: Bytes): Piece[] {
	const { fc, lcb } = fib.fcLcb(FC.clx);
	table.check(fc, lcb);
	let at = fc;
	const end = fc + lcb;
	while (at < end && table.u8(at) === 0x01) at += 3 + table.u16(at + 1);
	if (at >= end || table.u8(at) !== 0x02) throw new DocFormatError('no piece table');
	const size = table.u32(at + 1);
	const plc = at + 5;
	table.check(plc, size);
	if (size < 4 || (size - 4) % 12 !== 0) throw new DocFormatError('piece table of a wrong size');
	const n = (size - 4) / 12;
	const pieces: Piece[] = [];
	for (let i = 0; i < n; i++) {
		const cpStart = table.u32(plc + i * 4);
		const cpEnd = table.u32(plc + (i + 1) * 4);
		const raw = table.u32(plc + (n + 1) * 4 + i * 8 + 2);
		const compressed = (raw & 0x40000000) !== 0;
		const fcValue = raw & 0x3fffffff;
		const piece = { cpStart, cpEnd, fc: compressed ? Math.floor(fcValue / 2) : fcValue, compressed };
		if (cpEnd < cpStart || (pieces.length > 0 && cpStart < pieces[pieces.length - 1].cpEnd)) throw new DocFormatError('pieces out of order');
		doc.check(piece.fc, (cpEnd - cpStart) * (compressed ? 1 : 2));
		pieces.push(piece);
	}
	return pieces;
}

/** cp1252's characters for bytes 0x80–0x9F (the rest of the byte range is Latin-1), for compressed pieces. */
let cp1252High: string | null = null;
function cp1252(b: number): number {
	if (b < 0x80 || b > 0x9f) return b;
	cp1252High ??= new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
	return cp1252High.charCodeAt(b - 0x80);
}

/** The FC of a character no piece holds. */
export const NO_FC = 0xffffffff;

/** The characters of CPs [from, to): each one's UTF-16 code, its stored byte (for a symbol font) and its FC. */
export interface Chars {
	codes: Uint16Array;
	/** A compressed piece's byte as stored (a symbol font's character is that byte, not its cp1252 meaning); else the code. */
	raw: Uint16Array;
	/** Each character's byte offset in the WordDocument stream (its FC), or 0xFFFFFFFF for a CP no piece holds. */
	fcs: Uint32Array;
}

export function readChars(doc: Bytes, pieces: Piece[], from: number, to: number): Chars {
	const n = Math.max(0, to - from);
	const codes = new Uint16Array(n);
	const raw = new Uint16Array(n);
	const fcs = new Uint32Array(n).fill(NO_FC);
	for (const p of pieces) {
		const a = Math.max(p.cpStart, from);
		const b = Math.min(p.cpEnd, to);
		for (let cp = a; cp < b; cp++) {
			const k = cp - from;
			if (p.compressed) {
				const fc = p.fc + (cp - p.cpStart);
				raw[k] = doc.data[fc];
				codes[k] = cp1252(raw[k]);
				fcs[k] = fc;
			} else {
				const fc = p.fc + (cp - p.cpStart) * 2;
				codes[k] = raw[k] = doc.data[fc] | (doc.data[fc + 1] << 8);
				fcs[k] = fc;
			}
		}
	}
	return { codes, raw, fcs };
}
