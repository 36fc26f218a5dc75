/**
 * A strict, bounded check of a raw DEFLATE stream (RFC 1951), run on every
 * compressed part of an .xlsx before SheetJS sees it. SheetJS's own inflater
 * has no bounds checks: on garbled data it loops forever or grows its buffer
 * without end. This one stops at the first invalid code, at the end of the
 * input, or past `maxOut` bytes. Validity never depends on the bytes
 * themselves, only on the codes, lengths and distances, so `inflatedSize`
 * only counts: a lying zip (declared small, inflating huge) is caught in
 * constant memory. `inflateRaw` runs the same check and keeps the bytes, in a
 * buffer of the declared size (never more), so SheetJS need not inflate them
 * a second time.
 */

export class InflateError extends Error {}

const LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

interface Huffman {
	counts: Uint16Array;
	symbols: Uint16Array;
	/** Codes of up to FAST_BITS bits, indexed by the next bits of the stream: symbol << 4 | length; 0 = longer code. */
	fast: Int32Array;
}

const FAST_BITS = 9;
const FAST_MASK = (1 << FAST_BITS) - 1;

/** The lookup table of a canonical code's short codes (stream bits come least significant first). */
function fastTable(counts: Uint16Array, symbols: Uint16Array): Int32Array {
	const fast = new Int32Array(1 << FAST_BITS);
	let code = 0;
	let index = 0;
	for (let len = 1; len <= FAST_BITS; len++) {
		for (let i = 0; i < counts[len]; i++) {
			let rev = 0;
			for (let b = 0; b < len; b++) rev |= (((code + i) >> b) & 1) << (len - 1 - b);
			for (let k = rev; k <= FAST_MASK; k += 1 << len) fast[k] = (symbols[index + i] << 4) | len;
		}
		index += counts[len];
		code = (code + counts[len]) << 1;
	}
	return fast;
}

/** Canonical Huffman code from code lengths; an over-subscribed code is invalid. */
function huffman(lengths: ArrayLike<number>, n: number): Huffman {
	const counts = new Uint16Array(16);
	for (let i = 0; i < n; i++) counts[lengths[i]]++;
	counts[0] = 0;
	let left = 1;
	for (let len = 1; len < 16; len++) {
		left = (left << 1) - counts[len];
		if (left < 0) throw new InflateError('over-subscribed Huffman code');
	}
	const offs = new Uint16Array(16);
	for (let len = 1; len < 15; len++) offs[len + 1] = offs[len] + counts[len];
	const symbols = new Uint16Array(n);
	for (let i = 0; i < n; i++) if (lengths[i]) symbols[offs[lengths[i]]++] = i;
	return { counts, symbols, fast: fastTable(counts, symbols) };
}

const FIXED_L = huffman(
	Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8)),
	288
);
const FIXED_D = huffman(new Array(30).fill(5), 30);

/** Inflates `src` and returns the number of bytes it holds; throws InflateError on anything invalid or past `maxOut`. */
export function inflatedSize(src: Uint8Array, maxOut: number): number {
	return inflate(src, maxOut, null);
}

/**
 * The same check, keeping the bytes: `src` inflated into a buffer of `size`
 * bytes (the size the zip declares), zeros past the stream's end — as
 * SheetJS's own inflater leaves it, so the reader can skip inflating again.
 */
export function inflateRaw(src: Uint8Array, size: number): Uint8Array {
	const buf = new Uint8Array(size);
	inflate(src, size, buf);
	return buf;
}

/** Where reading stands in the compressed input: next byte, and the bits taken from it but not used yet. */
interface Stream {
	src: Uint8Array;
	pos: number;
	bitBuf: number;
	bitCount: number;
}

const END = 'unexpected end of compressed data';

/** The next `need` bits (need ≤ 16). */
function bits(s: Stream, need: number): number {
	let v = s.bitBuf;
	while (s.bitCount < need) {
		if (s.pos >= s.src.length) throw new InflateError(END);
		v |= s.src[s.pos++] << s.bitCount;
		s.bitCount += 8;
	}
	s.bitBuf = v >>> need;
	s.bitCount -= need;
	return v & ((1 << need) - 1);
}

/** The next symbol of code `h`: by table for short codes, else bit by bit (codes longer than FAST_BITS, the stream's last bits). */
function decode(s: Stream, h: Huffman): number {
	while (s.bitCount < FAST_BITS && s.pos < s.src.length) {
		s.bitBuf |= s.src[s.pos++] << s.bitCount;
		s.bitCount += 8;
	}
	const e = h.fast[s.bitBuf & FAST_MASK];
	const len = e & 15;
	if (e !== 0 && len <= s.bitCount) {
		s.bitBuf >>>= len;
		s.bitCount -= len;
		return e >> 4;
	}
	let code = 0;
	let first = 0;
	let index = 0;
	for (let len = 1; len < 16; len++) {
		code |= bits(s, 1);
		const count = h.counts[len];
		if (code - count < first) return h.symbols[index + (code - first)];
		index += count;
		first = (first + count) << 1;
		code <<= 1;
	}
	throw new InflateError('invalid Huffman code');
}

/** The literal/length and distance codes of a dynamic block, from its header. */
function dynamicCodes(s: Stream): [Huffman, Huffman] {
	const nlen = bits(s, 5) + 257;
	const ndist = bits(s, 5) + 1;
	const ncode = bits(s, 4) + 4;
	if (nlen > 286 || ndist > 30) throw new InflateError('bad code counts');
	const lengths = new Uint8Array(320);
	for (let i = 0; i < ncode; i++) lengths[CLEN_ORDER[i]] = bits(s, 3);
	const lencode = huffman(lengths, 19);
	const all = new Uint8Array(nlen + ndist);
	for (let i = 0; i < nlen + ndist; ) {
		const sym = decode(s, lencode);
		if (sym < 16) all[i++] = sym;
		else {
			let len = 0;
			let rep: number;
			if (sym === 16) {
				if (i === 0) throw new InflateError('repeat with no first length');
				len = all[i - 1];
				rep = 3 + bits(s, 2);
			} else rep = sym === 17 ? 3 + bits(s, 3) : 11 + bits(s, 7);
			if (i + rep > nlen + ndist) throw new InflateError('too many lengths');
			while (rep--) all[i++] = len;
		}
	}
	if (all[256] === 0) throw new InflateError('no end-of-block code');
	return [huffman(all.subarray(0, nlen), nlen), huffman(all.subarray(nlen), ndist)];
}

/** Checks `src`, counting what it produces; with `buf`, writes it there too (`buf` holds `maxOut` bytes). */
function inflate(src: Uint8Array, maxOut: number, buf: Uint8Array | null): number {
	const s: Stream = { src, pos: 0, bitBuf: 0, bitCount: 0 };
	let out = 0;
	let last = 0;
	while (!last) {
		last = bits(s, 1);
		const type = bits(s, 2);
		if (type === 0) {
			// A stored block starts at the next byte: whole bytes still in the bit buffer go back to the input.
			s.pos -= s.bitCount >> 3;
			s.bitBuf = 0;
			s.bitCount = 0;
			const pos = s.pos;
			if (pos + 4 > src.length) throw new InflateError(END);
			const len = src[pos] | (src[pos + 1] << 8);
			const nlen = src[pos + 2] | (src[pos + 3] << 8);
			if (len !== (~nlen & 0xffff)) throw new InflateError('stored block length mismatch');
			if (pos + 4 + len > src.length) throw new InflateError(END);
			if (out + len > maxOut) throw new InflateError('inflates past its limit');
			if (buf) buf.set(src.subarray(pos + 4, pos + 4 + len), out);
			out += len;
			s.pos = pos + 4 + len;
		} else if (type === 1) out = inflateBlock(s, FIXED_L, FIXED_D, buf, out, maxOut);
		else if (type === 2) {
			const [lit, dist] = dynamicCodes(s);
			out = inflateBlock(s, lit, dist, buf, out, maxOut);
		} else throw new InflateError('invalid block type');
	}
	return out;
}

/**
 * The symbols of one block up to its end code; returns the output count.
 * The hot loop of the reader: state in locals, tables looked up inline, the
 * bit buffer filled to 16 bits before each code or extra bits (none is
 * longer than 15) and never past 23, so it stays a small integer for V8.
 */
function inflateBlock(s: Stream, lit: Huffman, dist: Huffman, buf: Uint8Array | null, out: number, maxOut: number): number {
	const src = s.src;
	const n = src.length;
	const litFast = lit.fast;
	const distFast = dist.fast;
	let pos = s.pos;
	let bitBuf = s.bitBuf;
	let bitCount = s.bitCount;
	for (;;) {
		while (bitCount < 16 && pos < n) {
			bitBuf |= src[pos++] << bitCount;
			bitCount += 8;
		}
		let sym: number;
		let e = litFast[bitBuf & FAST_MASK];
		if (e !== 0 && (e & 15) <= bitCount) {
			bitBuf >>>= e & 15;
			bitCount -= e & 15;
			sym = e >> 4;
		} else {
			// The slow path reads from the stream object: hand it the local state and take it back (no closure, which would move the locals off the stack).
			s.pos = pos;
			s.bitBuf = bitBuf;
			s.bitCount = bitCount;
			sym = decode(s, lit);
			pos = s.pos;
			bitBuf = s.bitBuf;
			bitCount = s.bitCount;
		}
		if (sym < 256) {
			if (++out > maxOut) throw new InflateError('inflates past its limit');
			if (buf) buf[out - 1] = sym;
			continue;
		}
		if (sym === 256) break;
		const li = sym - 257;
		if (li >= 29) throw new InflateError('invalid length code');
		while (bitCount < 16 && pos < n) {
			bitBuf |= src[pos++] << bitCount;
			bitCount += 8;
		}
		const lext = LEXT[li];
		if (bitCount < lext) throw new InflateError(END);
		const len = LBASE[li] + (bitBuf & ((1 << lext) - 1));
		bitBuf >>>= lext;
		bitCount -= lext;
		while (bitCount < 16 && pos < n) {
			bitBuf |= src[pos++] << bitCount;
			bitCount += 8;
		}
		let di: number;
		e = distFast[bitBuf & FAST_MASK];
		if (e !== 0 && (e & 15) <= bitCount) {
			bitBuf >>>= e & 15;
			bitCount -= e & 15;
			di = e >> 4;
		} else {
			// The slow path reads from the stream object: hand it the local state and take it back (no closure, which would move the locals off the stack).
			s.pos = pos;
			s.bitBuf = bitBuf;
			s.bitCount = bitCount;
			di = decode(s, dist);
			pos = s.pos;
			bitBuf = s.bitBuf;
			bitCount = s.bitCount;
		}
		if (di >= 30) throw new InflateError('invalid distance code');
		while (bitCount < 16 && pos < n) {
			bitBuf |= src[pos++] << bitCount;
			bitCount += 8;
		}
		const dext = DEXT[di];
		if (bitCount < dext) throw new InflateError(END);
		const d = DBASE[di] + (bitBuf & ((1 << dext) - 1));
		bitBuf >>>= dext;
		bitCount -= dext;
		if (d > out || d > 32768) throw new InflateError('distance too far back');
		if (out + len > maxOut) throw new InflateError('inflates past its limit');
		// Byte by byte: a copy may overlap what it writes (distance 1 repeats one byte).
		if (buf) for (let k = out; k < out + len; k++) buf[k] = buf[k - d];
		out += len;
	}
	s.pos = pos;
	s.bitBuf = bitBuf;
	s.bitCount = bitCount;
	return out;
}
