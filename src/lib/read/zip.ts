/**
 * A zip's table of contents, read from its central directory without
 * inflating anything: entry names and their declared sizes. This is how an
 * .xlsx is told from a .docx renamed .xlsx, how a truncated download is
 * caught, and how a zip bomb is refused before it can fill memory.
 */

export interface ZipEntry {
	name: string;
	/** 0 stored, 8 deflated (the only two an .xlsx uses). */
	method: number;
	compressedSize: number;
	uncompressedSize: number;
	/** Where the entry's local header starts. */
	localOffset: number;
	/** The central directory gives zip64 sizes (extra field 0x0001) for it. */
	zip64?: boolean;
}

export type ZipDirectory =
	| { ok: true; entries: ZipEntry[]; /** Where the end record starts; */ end: number; /** sizes or count came from a zip64 end record. */ zip64: boolean }
	| { ok: false; reason: 'no-directory' | 'truncated' };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (at: number) => view.getUint16(at, true);
	const u32 = (at: number) => view.getUint32(at, true);
	const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;

	// The end record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
		if (u32(i) === EOCD) {
			end = i;
			break;
		}
	if (end < 0) return { ok: false, reason: bytes.length > 22 ? 'truncated' : 'no-directory' };

	let count = u16(end + 10);
	let size = u32(end + 12);
	let offset = u32(end + 16);
	const zip64 = count === 0xffff || size === 0xffffffff || offset === 0xffffffff;
	if (zip64 && end >= 20 && u32(end - 20) === ZIP64_LOCATOR) {
		const at = u64(end - 12);
		if (at + 56 > bytes.length || u32(at) !== ZIP64_EOCD) return { ok: false, reason: 'truncated' };
		count = u64(at + 32);
		size = u64(at + 40);
		offset = u64(at + 48);
	}
	if (offset + size > bytes.length) return { ok: false, reason: 'truncated' };

	const entries: ZipEntry[] = [];
	const names = new TextDecoder('utf-8');
	let p = offset;
	for (let i = 0; i < count; i++) {
		if (p + 46 > bytes.length || u32(p) !== CENTRAL) return { ok: false, reason: 'truncated' };
		const method = u16(p + 10);
		let compressedSize = u32(p + 20);
		let uncompressedSize = u32(p + 24);
		const nameLength = u16(p + 28);
		const extraLength = u16(p + 30);
		const commentLength = u16(p + 32);
		let localOffset = u32(p + 42);
		if (p + 46 + nameLength + extraLength > bytes.length) return { ok: false, reason: 'truncated' };
		const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
		const entryZip64 = hasExtra(bytes, p + 46 + nameLength, extraLength, 0x0001);
		// Zip64: sizes that do not fit 32 bits sit in extra field 0x0001, uncompressed first.
		if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
			for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength; ) {
				const id = u16(x);
				const len = u16(x + 2);
				if (id === 0x0001) {
					let f = x + 4;
					if (uncompressedSize === 0xffffffff && f + 8 <= x + 4 + len) {
						uncompressedSize = u64(f);
						f += 8;
					}
					if (compressedSize === 0xffffffff && f + 8 <= x + 4 + len) {
						compressedSize = u64(f);
						f += 8;
					}
					if (localOffset === 0xffffffff && f + 8 <= x + 4 + len) localOffset = u64(f);
					break;
				}
				x += 4 + len;
			}
		}
		entries.push({ name, method, compressedSize, uncompressedSize, localOffset, ...(entryZip64 ? { zip64: true } : {}) });
		p += 46 + nameLength + extraLength + commentLength;
	}
	return { ok: true, entries, end, zip64 };
}

/** True when the extra fields at [at, at + length) hold one with this id. */
function hasExtra(bytes: Uint8Array, at: number, length: number, id: number): boolean {
	for (let x = at; x + 4 <= at + length; x += 4 + (bytes[x + 2] | (bytes[x + 3] << 8))) if ((bytes[x] | (bytes[x + 1] << 8)) === id) return true;
	return false;
}

/** The entry's stored bytes (compressed as they are), or null when they lie outside the file. */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
	const p = e.localOffset;
	if (p + 30 > bytes.length || bytes[p] !== 0x50 || bytes[p + 1] !== 0x4b || bytes[p + 2] !== 0x03 || bytes[p + 3] !== 0x04) return null;
	const start = p + 30 + (bytes[p + 26] | (bytes[p + 27] << 8)) + (bytes[p + 28] | (bytes[p + 29] << 8));
	if (start + e.compressedSize > bytes.length) return null;
	return bytes.subarray(start, start + e.compressedSize);
}

/** What kind of document a zip package is, by the parts inside it. */
export type ZipKind = 'spreadsheet' | 'word' | 'powerpoint' | 'opendocument' | 'other';

export function zipKind(entries: ZipEntry[], bytes: Uint8Array): ZipKind {
	const names = entries.map((e) => e.name.toLowerCase());
	if (names.some((n) => /^xl\/workbook\.(xml|bin)$/.test(n) || n === 'workbook.xml')) return 'spreadsheet';
	// OpenDocument: the first entry, stored uncompressed, is `mimetype`; a spreadsheet (.ods) SheetJS reads.
	if (names.includes('content.xml') && names.includes('mimetype')) {
		const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120));
		return head.includes('opendocument.spreadsheet') ? 'spreadsheet' : 'opendocument';
	}
	if (names.some((n) => n.startsWith('word/'))) return 'word';
	if (names.some((n) => n.startsWith('ppt/'))) return 'powerpoint';
	return 'other';
}

/*
 * Handing SheetJS the parts inflated once. SheetJS's zip reader inflates every
 * part again after the check above; instead the checked parts go to it in a
 * zip of stored (uncompressed) entries. Only for a plain zip, one SheetJS's
 * reader would read exactly as listed here; any other goes to it as it is.
 */

const u16At = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32At = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/**
 * True when SheetJS (which finds the LAST end record, reads 16-bit counts,
 * trusts the local headers and fails on encryption or size disagreements)
 * would see these very entries with these very sizes: no zip64, no data
 * descriptors, no encryption, local headers agreeing with the directory.
 */
export function isPlainZip(bytes: Uint8Array, dir: { entries: ZipEntry[]; end: number; zip64: boolean }): boolean {
	if (dir.zip64 || dir.entries.length >= 0xffff || u16At(bytes, dir.end + 8) !== dir.entries.length) return false;
	for (let i = bytes.length - 4; i > dir.end; i--) if (u32At(bytes, i) === EOCD) return false;
	return dir.entries.every((e) => {
		const p = e.localOffset;
		if (e.zip64 || p + 30 > bytes.length || u32At(bytes, p) !== 0x04034b50) return false;
		const flags = u16At(bytes, p + 6);
		if (flags & (0x2041 | 0x0008)) return false; // encrypted, or sizes in a data descriptor after the data
		if (u16At(bytes, p + 8) !== e.method || (e.method !== 0 && e.method !== 8)) return false;
		if (u32At(bytes, p + 18) !== e.compressedSize || u32At(bytes, p + 22) !== e.uncompressedSize) return false;
		const nameLength = u16At(bytes, p + 26);
		return !hasExtra(bytes, p + 30 + nameLength, u16At(bytes, p + 28), 0x0001);
	});
}

/** The entry's name as its local header spells it, in raw bytes (SheetJS reads names from there). */
export function localName(bytes: Uint8Array, e: ZipEntry): Uint8Array {
	return bytes.subarray(e.localOffset + 30, e.localOffset + 30 + u16At(bytes, e.localOffset + 26));
}

/**
 * A zip of stored entries. The CRCs are left 0: SheetJS does not check them,
 * and this zip never leaves the reader.
 */
export function storedZip(parts: { name: Uint8Array; data: Uint8Array }[]): Uint8Array {
	const size = parts.reduce((s, p) => s + 30 + p.name.length + p.data.length + 46 + p.name.length, 22);
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	const offsets: number[] = [];
	let at = 0;
	for (const p of parts) {
		offsets.push(at);
		view.setUint32(at, 0x04034b50, true);
		view.setUint16(at + 4, 20, true); // version needed
		view.setUint32(at + 18, p.data.length, true);
		view.setUint32(at + 22, p.data.length, true);
		view.setUint16(at + 26, p.name.length, true);
		out.set(p.name, at + 30);
		out.set(p.data, at + 30 + p.name.length);
		at += 30 + p.name.length + p.data.length;
	}
	const central = at;
	parts.forEach((p, i) => {
		view.setUint32(at, CENTRAL, true);
		view.setUint16(at + 4, 20, true); // version made by
		view.setUint16(at + 6, 20, true); // version needed
		view.setUint32(at + 20, p.data.length, true);
		view.setUint32(at + 24, p.data.length, true);
		view.setUint16(at + 28, p.name.length, true);
		view.setUint32(at + 42, offsets[i], true);
		out.set(p.name, at + 46);
		at += 46 + p.name.length;
	});
	view.setUint32(at, EOCD, true);
	view.setUint16(at + 8, parts.length, true);
	view.setUint16(at + 10, parts.length, true);
	view.setUint32(at + 12, at - central, true);
	view.setUint32(at + 16, central, true);
	return out;
}
