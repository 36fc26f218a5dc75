/**
 * A paragraph's text as an RTF reader writes it: characters, and bytes
 * (`\'hh` or 8-bit text) in a code page, kept until the code page changes or
 * a character comes, so a GBK character written as two `\'hh` is decoded
 * whole. Bytes in a symbol font become the symbols shown (word-symbols.ts).
 */
import { symbolText } from './word-symbols';

/** TextDecoder's name for a Windows code page (RTF's \ansicpgN, \cpgN); windows-1252 for one it does not know. */
export function codePageLabel(page: number): string {
	switch (page) {
		case 936:
		case 54936:
			return 'gb18030';
		case 950:
			return 'big5';
		case 932:
			return 'shift_jis';
		case 949:
			return 'euc-kr';
		case 874:
			return 'windows-874';
		case 10000:
			return 'macintosh';
		case 65001:
			return 'utf-8';
		case 866:
			return 'ibm866';
		default:
			return page >= 1250 && page <= 1258 ? `windows-${page}` : 'windows-1252';
	}
}

/** The Windows code page a font's character set stands for (\fcharsetN); null for "the document's". */
const CHARSET_PAGES: Record<number, number> = { 77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250 };

export function codePageOfCharset(charset: number | null): number | null {
	return charset === null ? null : (CHARSET_PAGES[charset] ?? null);
}

const decoders = new Map<string, TextDecoder>();

function decoder(label: string): TextDecoder {
	let d = decoders.get(label);
	if (!d) {
		try {
			d = new TextDecoder(label);
		} catch {
			d = new TextDecoder('windows-1252');
		}
		decoders.set(label, d);
	}
	return d;
}

/** Each byte as the character of that number (a symbol font's own code). */
function byteChars(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += String.fromCharCode(b);
	return s;
}

export class RtfText {
	private pieces: string[] = [];
	/** Bytes not yet decoded. */
	private buffer = new Uint8Array(256);
	private length = 0;
	/** The code page of the bytes held: a TextDecoder label, or `symbol:<font>`. */
	private page = '';

	add(s: string): void {
		if (this.length) this.flush();
		this.pieces.push(s);
	}

	addBytes(from: Uint8Array, start: number, end: number, page: string): void {
		if (page !== this.page && this.length) this.flush();
		this.page = page;
		const need = this.length + end - start;
		if (need > this.buffer.length) {
			const grown = new Uint8Array(Math.max(need, this.buffer.length * 2));
			grown.set(this.buffer.subarray(0, this.length));
			this.buffer = grown;
		}
		if (end - start === 1) this.buffer[this.length] = from[start];
		else this.buffer.set(from.subarray(start, end), this.length);
		this.length = need;
	}

	addByte(b: number, page: string): void {
		if (page !== this.page && this.length) this.flush();
		this.page = page;
		if (this.length === this.buffer.length) this.addBytes(Uint8Array.of(b), 0, 1, page);
		else this.buffer[this.length++] = b;
	}

	empty(): boolean {
		return this.length === 0 && this.pieces.every((p) => p === '');
	}

	/** The paragraph's text; starts the next one. */
	take(): string {
		this.flush();
		const s = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
		this.pieces = [];
		return s;
	}

	private flush(): void {
		if (this.length === 0) return;
		const bytes = this.buffer.subarray(0, this.length);
		this.length = 0;
		const page = this.page;
		this.pieces.push(page.startsWith('symbol:') ? symbolText(page.slice(7), byteChars(bytes)) : decoder(page).decode(bytes));
	}
}
