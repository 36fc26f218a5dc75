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

/** Checks `src`, counting what it produces; with `buf`, writes it there too (`buf` holds `maxOut` bytes). */
function inflate(src: Uint8Array, maxOut: number, buf: Uint8Array | null): number {
	let pos = 0;
	let bitBuf = 0;
	let bitCount = 0;
	let out = 0;

	const bits = (need: number): number => {
		let v = bitBuf;
		while (bitCount < need) {
			if (pos >= src.length) throw new InflateError('unexpected end of compressed data');
			v |= src[pos++] << bitCount;
			bitCount += 8;
		}
		bitBuf = v >>> need;
		bitCount -= need;
		return v & ((1 << need) - 1);
	};
	const decode = (h: Huffman): number => {
		while (bitCount < FAST_BITS && pos < src.length) {
			bitBuf |= src[pos++] << bitCount;
			bitCount += 8;
		}
		const e = h.fast[bitBuf & FAST_MASK];
		const len = e & 15;
		if (e !== 0 && len <= bitCount) {
			bitBuf >>>= len;
			bitCount -= len;
			return e >> 4;
		}
		return decodeSlowly(h);
	};
	/** Bit by bit: codes longer than FAST_BITS, and the stream's last few bits. */
	const decodeSlowly = (h: Huffman): number => {
		let code = 0;
		let first = 0;
		let index = 0;
		for (let len = 1; len < 16; len++) {
			code |= bits(1);
			const count = h.counts[len];
			if (code - count < first) return h.symbols[index + (code - first)];
			index += count;
			first = (first + count) << 1;
			code <<= 1;
		}
		throw new InflateError('invalid Huffman code');
	};
	const produce = (n: number) => {
		out += n;
		if (out > maxOut) throw new InflateError('inflates past its limit');
	};

	let last = 0;
	while (!last) {
		last = bits(1);
		const type = bits(2);
		if (type === 0) {
			bitBuf = 0;
			bitCount = 0;
			if (pos + 4 > src.length) throw new InflateError('unexpected end of compressed data');
			const len = src[pos] | (src[pos + 1] << 8);
			const nlen = src[pos + 2] | (src[pos + 3] << 8);
			if (len !== (~nlen & 0xffff)) throw new InflateError('stored block length mismatch');
			pos += 4;
			if (pos + len > src.length) throw new InflateError('unexpected end of compressed data');
			produce(len);
			if (buf) buf.set(src.subarray(pos, pos + len), out - len);
			pos += len;
			continue;
		}
		let lit: Huffman;
		let dist: Huffman;
		if (type === 1) {
			lit = FIXED_L;
			dist = FIXED_D;
		} else if (type === 2) {
			const nlen = bits(5) + 257;
			const ndist = bits(5) + 1;
			const ncode = bits(4) + 4;
			if (nlen > 286 || ndist > 30) throw new InflateError('bad code counts');
			const lengths = new Uint8Array(320);
			for (let i = 0; i < ncode; i++) lengths[CLEN_ORDER[i]] = bits(3);
			const lencode = huffman(lengths, 19);
			const all = new Uint8Array(nlen + ndist);
			for (let i = 0; i < nlen + ndist; ) {
				const sym = decode(lencode);
				if (sym < 16) all[i++] = sym;
				else {
					let len = 0;
					let rep: number;
					if (sym === 16) {
						if (i === 0) throw new InflateError('repeat with no first length');
						len = all[i - 1];
						rep = 3 + bits(2);
					} else rep = sym === 17 ? 3 + bits(3) : 11 + bits(7);
					if (i + rep > nlen + ndist) throw new InflateError('too many lengths');
					while (rep--) all[i++] = len;
				}
			}
			if (all[256] === 0) throw new InflateError('no end-of-block code');
			lit = huffman(all.subarray(0, nlen), nlen);
			dist = huffman(all.subarray(nlen), ndist);
		} else throw new InflateError('invalid block type');

		for (;;) {
			const sym = decode(lit);
			if (sym < 256) {
				produce(1);
				if (buf) buf[out - 1] = sym;
			} else if (sym === 256) break;
			else {
				const li = sym - 257;
				if (li >= 29) throw new InflateError('invalid length code');
				const len = LBASE[li] + bits(LEXT[li]);
				const di = decode(dist);
				if (di >= 30) throw new InflateError('invalid distance code');
				const d = DBASE[di] + bits(DEXT[di]);
				if (d > out || d > 32768) throw new InflateError('distance too far back');
				produce(len);
				// Byte by byte: a copy may overlap what it writes (distance 1 repeats one byte).
				if (buf) for (let k = out - len; k < out; k++) buf[k] = buf[k - d];
			}
		}
	}
	return out;
}
