/**
 * A strict, bounded inflate of a raw DEFLATE stream (RFC 1951), run on every
 * compressed part of an .xlsx before a parser sees it (SheetJS's own inflater
 * has no bounds: on garbled data it loops or grows its buffer without end).
 * The inflating is fflate's; the bounds are ours: the input goes in slices, so
 * one slice's output is at most ~1,032 times its size, and the count stops the
 * stream past `maxOut` bytes. Invalid codes, a truncated stream and a zip that
 * lies about its sizes all end in an InflateError, in bounded memory.
 */
import { Inflate, inflateSync } from 'fflate';

export class InflateError extends Error {}

/**
 * A raw inflater the host lends (the CLI: node:zlib, native and without a JIT to warm): `src`
 * inflated, at most `maxOut` bytes, throwing on anything else. Only its successes are taken; on any
 * failure fflate inflates again, so every error (and its message) is fflate's, as without it.
 */
export type LentInflate = (src: Uint8Array, maxOut: number) => Uint8Array;

let lent: LentInflate | null = null;

/** Lends inflateRaw a native inflater (null: fflate alone, as in a browser). */
export function lendInflater(inflater: LentInflate | null): void {
	lent = inflater;
}

/** DEFLATE's largest expansion: 258 bytes from 2 bits. */
const MAX_RATIO = 1032;
/** A stream that cannot inflate past this, even lying, is inflated in one call (decoding past its size then costs little). */
const ONE_CALL_MAX = 32 * 1024 * 1024;

/** Input per push: its output is at most ~33 MB (DEFLATE expands at most 1,032:1), whatever the stream holds. */
const SLICE = 32 * 1024;

/** Inflates `src` slice by slice, handing each piece of output to `take` with the count so far; throws InflateError on anything invalid or past `maxOut`. */
function inflate(src: Uint8Array, maxOut: number, take: (piece: Uint8Array, at: number) => void): number {
	let out = 0;
	const stream = new Inflate((piece) => {
		if (out + piece.length > maxOut) throw new InflateError('inflates past its limit');
		take(piece, out);
		out += piece.length;
	});
	try {
		if (src.length === 0) throw new InflateError('unexpected end of data');
		for (let at = 0; at < src.length; at += SLICE) stream.push(src.subarray(at, at + SLICE), at + SLICE >= src.length);
	} catch (e) {
		if (e instanceof InflateError) throw e;
		throw new InflateError(e instanceof Error ? e.message : String(e));
	}
	return out;
}

/** Inflates `src` and returns the number of bytes it holds; throws InflateError on anything invalid or past `maxOut`. */
export function inflatedSize(src: Uint8Array, maxOut: number): number {
	return inflate(src, maxOut, () => {});
}

/**
 * The same check, keeping the bytes: `src` inflated into a buffer of `size`
 * bytes (the size the zip declares), zeros past the stream's end — as
 * SheetJS's own inflater leaves it, so the reader can skip inflating again.
 */
export function inflateRaw(src: Uint8Array, size: number): Uint8Array {
	if (lent) {
		try {
			const got = lent(src, size);
			if (got.length <= size) {
				const out = new Uint8Array(size);
				out.set(got);
				return out;
			}
		} catch {
			// fflate below says why.
		}
	}
	if (src.length * MAX_RATIO <= Math.max(size, ONE_CALL_MAX)) {
		// One byte more than declared: output that reaches it went past the size (fflate does not grow a buffer it is given).
		const out = new Uint8Array(size + 1);
		let got: Uint8Array;
		try {
			got = inflateSync(src, { out });
		} catch (e) {
			throw new InflateError(e instanceof Error ? e.message : String(e));
		}
		if (got.length > size) throw new InflateError('inflates past its limit');
		return out.subarray(0, size);
	}
	const buf = new Uint8Array(size);
	inflate(src, size, (piece, at) => buf.set(piece, at));
	return buf;
}
