/**
 * RTF's tokens, read straight off the bytes: groups `{ }`, control words
 * (`\cellx1234`, `\u-3842`), control symbols (`\~`, `\*`), `\'hh` bytes and
 * runs of text. `\binN` data is stepped over here (only the tokenizer knows
 * where it ends). Line ends in the source are no text (RTF writers wrap long
 * lines anywhere). Bounded: the nesting depth and the `\bin` length are checked.
 */

export interface RtfVisitor {
	open(): void;
	close(): void;
	/** A control word with its parameter (null when it has none), or a control symbol (`name` is the one character). */
	control(name: string, param: number | null): void;
	/** A byte written as `\'hh`. */
	byte(b: number): void;
	/** Text bytes [start, end) of the source, as written (in the document's code page). */
	text(bytes: Uint8Array, start: number, end: number): void;
}

/** Why the source cannot be tokenized: cut short (groups left open, `\bin` past the end) or nested past reason. */
export class RtfSyntaxError extends Error {
	constructor(
		readonly kind: 'truncated' | 'too-deep',
		message: string
	) {
		super(message);
	}
}

/** No writer nests groups anywhere near this deep; a file that does is hostile. */
export const MAX_DEPTH = 1000;

const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const CR = 0x0d;
const LF = 0x0a;

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function hexValue(c: number): number {
	if (c >= 0x30 && c <= 0x39) return c - 0x30;
	if (c >= 0x61 && c <= 0x66) return c - 0x57;
	if (c >= 0x41 && c <= 0x46) return c - 0x37;
	return -1;
}

/**
 * Walks the source once, calling the visitor for each token. Text after the
 * group that closes the document is ignored (as every reader does); groups
 * left open at the end mean the file was cut short.
 */
export function tokenize(bytes: Uint8Array, v: RtfVisitor): void {
	const n = bytes.length;
	let depth = 0;
	let started = false;
	let i = 0;
	while (i < n) {
		const c = bytes[i];
		if (c === OPEN) {
			if (++depth > MAX_DEPTH) throw new RtfSyntaxError('too-deep', `groups nested deeper than ${MAX_DEPTH}`);
			started = true;
			v.open();
			i++;
		} else if (c === CLOSE) {
			i++;
			if (depth === 0) continue; // a stray closing brace closes nothing
			depth--;
			v.close();
			if (depth === 0 && started) return;
		} else if (c === BACKSLASH) {
			i = controlAt(bytes, i + 1, v);
		} else if (c === CR || c === LF) {
			i++;
		} else {
			let j = i + 1;
			while (j < n) {
				const d = bytes[j];
				if (d === OPEN || d === CLOSE || d === BACKSLASH || d === CR || d === LF) break;
				j++;
			}
			if (depth > 0) v.text(bytes, i, j);
			i = j;
		}
	}
	if (depth > 0 || !started) throw new RtfSyntaxError('truncated', depth > 0 ? `${depth} group(s) left open at the end` : 'no document group');
}

/**
 * Control words' names, made once each: a document repeats the same few
 * hundred thousands of times, and the reader looks each one up.
 */
const NAMES = new Map<number, string>();

function wordName(bytes: Uint8Array, i: number, j: number, hash: number): string {
	const known = NAMES.get(hash);
	if (known !== undefined && known.length === j - i) {
		let same = true;
		for (let x = i; x < j && same; x++) same = known.charCodeAt(x - i) === bytes[x];
		if (same) return known;
	}
	let name = '';
	for (let x = i; x < j; x++) name += String.fromCharCode(bytes[x]);
	if (known === undefined && NAMES.size < 4096) NAMES.set(hash, name);
	return name;
}

/** Reads the control after a backslash at `i`; returns where the next token starts. */
function controlAt(bytes: Uint8Array, i: number, v: RtfVisitor): number {
	const n = bytes.length;
	if (i >= n) return n;
	const c = bytes[i];
	if (!isLetter(c)) {
		if (c === 0x27 /* ' */) {
			const hi = i + 1 < n ? hexValue(bytes[i + 1]) : -1;
			const lo = i + 2 < n ? hexValue(bytes[i + 2]) : -1;
			if (hi >= 0 && lo >= 0) {
				v.byte(hi * 16 + lo);
				return i + 3;
			}
			return i + 1;
		}
		// A backslash before a line end is a paragraph end (\par).
		if (c === CR || c === LF) v.control('par', null);
		else v.control(String.fromCharCode(c), null);
		return i + 1;
	}
	let j = i;
	let hash = 0;
	while (j < n && j - i < 32 && isLetter(bytes[j])) hash = (Math.imul(hash, 31) + bytes[j++]) | 0;
	const name = wordName(bytes, i, j, hash);
	let param: number | null = null;
	let k = j;
	const negative = k < n && bytes[k] === 0x2d && k + 1 < n && isDigit(bytes[k + 1]);
	if (negative) k++;
	if (k < n && isDigit(bytes[k])) {
		let value = 0;
		const from = k;
		while (k < n && isDigit(bytes[k])) {
			if (k - from < 10) value = value * 10 + (bytes[k] - 0x30);
			k++;
		}
		param = negative ? -value : value;
	} else k = j;
	if (k < n && bytes[k] === 0x20) k++; // the space that ends a control word is part of it
	if (name === 'bin') {
		// \binN: N bytes of binary data follow (a picture); stepped over, never read as text.
		const length = Math.max(0, param ?? 0);
		if (k + length > n) throw new RtfSyntaxError('truncated', `\\bin${length} runs past the end of the file`);
		return k + length;
	}
	v.control(name, param);
	return k;
}
