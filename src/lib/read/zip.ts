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
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'no-directory' | 'truncated' };

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
	if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && end >= 20 && u32(end - 20) === ZIP64_LOCATOR) {
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
		entries.push({ name, method, compressedSize, uncompressedSize, localOffset });
		p += 46 + nameLength + extraLength + commentLength;
	}
	return { ok: true, entries };
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
