/**
 * The workspace file (`.aqy`): the whole workspace — original files and the
 * user's decisions — in one binary file, to carry to another machine.
 *
 *   offset 0   8 bytes  magic  89 'A' 'Q' 'Y' 0D 0A 1A 0A  (PNG-style: a text-mode
 *                               transfer that mangles line ends breaks the magic)
 *   offset 8   uint32 LE        format version (WORKSPACE_VERSION)
 *   offset 12  uint32 LE        manifest length in bytes
 *   offset 16  16 ASCII hex     checksum of the manifest (manifestChecksum): the file
 *                               contents are checked by their fileIds, the manifest by this
 *   offset 32  manifest         UTF-8 JSON: { format, files: [{ name, size, fileId, addedAt? }], decisions }
 *   then       the files' bytes, concatenated in manifest order
 *
 * decodeWorkspace validates everything before anything is used and never
 * throws: the magic, the version, the manifest's JSON and shape, every size
 * and count against limits, the total length, and that every file's content
 * hash equals its fileId. It does NOT validate `decisions` — they come back as
 * parsed JSON (`unknown`) and the caller must validate them with its own
 * validator (mapping profiles: validateProfile) before use.
 */
import { contentHash } from '../facts/hash';
import { Refusal, isObject } from '../base/problem';
import { WORKSPACE_EXTENSION } from './extension';

export { WORKSPACE_EXTENSION };
export const WORKSPACE_VERSION = 1;
export const WORKSPACE_FORMAT = 'anquanyue-workspace';
export const WORKSPACE_MAGIC = new Uint8Array([0x89, 0x41, 0x51, 0x59, 0x0d, 0x0a, 0x1a, 0x0a]);
const HEADER_BYTES = 32;

/** The manifest's checksum: the two 32-bit lanes of contentHash (its length is in the header already). */
export function manifestChecksum(manifest: Uint8Array): string {
	return contentHash(manifest).slice(0, 16);
}

export const WORKSPACE_LIMITS = {
	files: 10_000,
	fileBytes: 256 * 1024 * 1024,
	totalBytes: 2 * 1024 * 1024 * 1024 - 1,
	manifestBytes: 64 * 1024 * 1024,
	nameChars: 1000
} as const;

export interface WorkspaceFile {
	name: string;
	bytes: Uint8Array;
	/** contentHash(bytes): the file's identity. */
	fileId: string;
	/** When the file was added, in milliseconds since 1970 (Date.now()). */
	addedAt?: number;
}

export interface Workspace {
	files: WorkspaceFile[];
	/** The user's decisions, as stored; unvalidated after decoding (see above). */
	decisions: unknown;
}

export interface WorkspaceError {
	zh: string;
	en: string;
}

export type DecodeResult = { ok: true; workspace: Workspace } | { ok: false; error: WorkspaceError };

interface ManifestEntry {
	name: string;
	size: number;
	fileId: string;
	addedAt?: number;
}

/** True when the bytes start like a workspace file (to tell it from a spreadsheet on drop). */
export function isWorkspaceFile(bytes: Uint8Array): boolean {
	return bytes.length >= WORKSPACE_MAGIC.length && WORKSPACE_MAGIC.every((b, i) => bytes[i] === b);
}

/** Writes a workspace file. Throws on inconsistent input (a fileId that is not the bytes' hash): a bug, not user data. */
export function encodeWorkspace(workspace: { files: WorkspaceFile[]; decisions: unknown }): Uint8Array {
	const entries: ManifestEntry[] = workspace.files.map((f) => {
		if (contentHash(f.bytes) !== f.fileId) throw new Error(`encodeWorkspace: fileId of "${f.name}" is not the hash of its bytes`);
		return { name: f.name, size: f.bytes.length, fileId: f.fileId, ...(f.addedAt !== undefined ? { addedAt: f.addedAt } : {}) };
	});
	const manifest = new TextEncoder().encode(JSON.stringify({ format: WORKSPACE_FORMAT, files: entries, decisions: workspace.decisions ?? null }));
	const total = HEADER_BYTES + manifest.length + entries.reduce((n, e) => n + e.size, 0);
	const out = new Uint8Array(total);
	out.set(WORKSPACE_MAGIC, 0);
	const view = new DataView(out.buffer);
	view.setUint32(8, WORKSPACE_VERSION, true);
	view.setUint32(12, manifest.length, true);
	out.set(new TextEncoder().encode(manifestChecksum(manifest)), 16);
	out.set(manifest, HEADER_BYTES);
	let at = HEADER_BYTES + manifest.length;
	for (const f of workspace.files) {
		out.set(f.bytes, at);
		at += f.bytes.length;
	}
	return out;
}

const refuse = (zh: string, en: string): never => {
	throw new Refusal(zh, en);
};

/** contentHash: two 8-digit hex lanes, then the length in hex. */
const FILE_ID = /^[0-9a-f]{16}[0-9a-f]{1,14}$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

function manifestEntry(v: unknown, i: number): ManifestEntry {
	const where = `files[${i}]`;
	if (!isObject(v)) return refuse(`清单中的 ${where} 不是对象。`, `${where} of the manifest is not an object.`);
	const { name, size, fileId, addedAt } = v;
	if (typeof name !== 'string' || name.trim() === '') return refuse(`清单中的 ${where} 没有文件名。`, `${where} of the manifest has no file name.`);
	if (name.length > WORKSPACE_LIMITS.nameChars || CONTROL.test(name))
		refuse(`清单中的 ${where} 文件名过长或含控制字符。`, `${where} of the manifest has a file name that is too long or holds control characters.`);
	if (typeof size !== 'number' || !Number.isInteger(size) || size < 0)
		refuse(`清单中“${name}”的大小不是非负整数。`, `the size of "${name}" in the manifest is not a non-negative integer.`);
	if ((size as number) > WORKSPACE_LIMITS.fileBytes)
		refuse(`清单中“${name}”的大小 ${size} 字节超过上限 ${WORKSPACE_LIMITS.fileBytes} 字节。`, `"${name}" is ${size} bytes in the manifest, above the limit of ${WORKSPACE_LIMITS.fileBytes}.`);
	if (typeof fileId !== 'string' || !FILE_ID.test(fileId)) refuse(`清单中“${name}”的文件标识无效。`, `the file id of "${name}" in the manifest is not valid.`);
	if (addedAt !== undefined && (typeof addedAt !== 'number' || !Number.isFinite(addedAt) || addedAt < 0))
		refuse(`清单中“${name}”的添加时间无效。`, `the added time of "${name}" in the manifest is not valid.`);
	return { name, size: size as number, fileId: fileId as string, ...(addedAt !== undefined ? { addedAt: addedAt as number } : {}) };
}

function decode(bytes: Uint8Array): Workspace {
	if (!(bytes instanceof Uint8Array)) refuse('内容不是二进制数据。', 'the content is not binary data.');
	if (bytes.length < HEADER_BYTES || !isWorkspaceFile(bytes))
		refuse(`这不是安全月看板的工作区文件（${WORKSPACE_EXTENSION}），或文件头已损坏。`, `this is not a workspace file of this dashboard (${WORKSPACE_EXTENSION}), or its header is damaged.`);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const version = view.getUint32(8, true);
	if (version !== WORKSPACE_VERSION)
		refuse(
			version > WORKSPACE_VERSION ? `文件版本 ${version} 比本程序新（本程序读取版本 ${WORKSPACE_VERSION}），请更新程序。` : `文件版本 ${version} 不受支持（本程序读取版本 ${WORKSPACE_VERSION}）。`,
			version > WORKSPACE_VERSION ? `file version ${version} is newer than this program reads (${WORKSPACE_VERSION}); update the program.` : `file version ${version} is not supported (this program reads version ${WORKSPACE_VERSION}).`
		);
	const manifestBytes = view.getUint32(12, true);
	if (manifestBytes > WORKSPACE_LIMITS.manifestBytes)
		refuse(`清单长度 ${manifestBytes} 字节超过上限。`, `the manifest length, ${manifestBytes} bytes, is above the limit.`);
	if (HEADER_BYTES + manifestBytes > bytes.length)
		refuse('文件不完整：清单被截断。', 'the file is incomplete: the manifest is cut off.');

	const manifestRaw = bytes.subarray(HEADER_BYTES, HEADER_BYTES + manifestBytes);
	const stated = String.fromCharCode(...bytes.subarray(16, HEADER_BYTES));
	if (stated !== manifestChecksum(manifestRaw)) refuse('清单已损坏（校验和不符）。', 'the manifest is damaged (its checksum does not match).');
	let manifest: unknown;
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(manifestRaw);
		manifest = JSON.parse(text);
	} catch {
		return refuse('清单不是有效的 JSON 文本。', 'the manifest is not valid JSON text.');
	}
	if (!isObject(manifest)) return refuse('清单必须是一个 JSON 对象。', 'the manifest must be a JSON object.');
	if (manifest.format !== WORKSPACE_FORMAT)
		refuse(`清单的格式应为“${WORKSPACE_FORMAT}”。`, `the manifest's format must be "${WORKSPACE_FORMAT}".`);
	if (!Array.isArray(manifest.files)) refuse('清单中没有文件列表。', 'the manifest has no file list.');
	const rawFiles = manifest.files as unknown[];
	if (rawFiles.length > WORKSPACE_LIMITS.files)
		refuse(`文件太多（${rawFiles.length} 个，最多 ${WORKSPACE_LIMITS.files} 个）。`, `too many files (${rawFiles.length}, at most ${WORKSPACE_LIMITS.files}).`);
	const entries = rawFiles.map(manifestEntry);

	const ids = new Set<string>();
	let total = 0;
	for (const e of entries) {
		if (ids.has(e.fileId)) refuse(`文件“${e.name}”在清单中重复出现。`, `"${e.name}" appears twice in the manifest.`);
		ids.add(e.fileId);
		total += e.size;
		if (total > WORKSPACE_LIMITS.totalBytes) refuse('所列文件的总大小超过上限。', 'the listed files add up to more than the size limit.');
	}
	const expected = HEADER_BYTES + manifestBytes + total;
	if (bytes.length < expected)
		refuse(`文件不完整：清单列出的文件共 ${total} 字节，实际只有 ${bytes.length - HEADER_BYTES - manifestBytes} 字节。`, `the file is incomplete: the manifest lists ${total} bytes of files, but only ${bytes.length - HEADER_BYTES - manifestBytes} follow.`);
	if (bytes.length > expected)
		refuse(`文件末尾有 ${bytes.length - expected} 字节多余的数据，与清单不符。`, `the file has ${bytes.length - expected} bytes of data beyond what the manifest lists.`);

	const files: WorkspaceFile[] = [];
	let at = HEADER_BYTES + manifestBytes;
	for (const e of entries) {
		const content = bytes.slice(at, at + e.size);
		at += e.size;
		if (contentHash(content) !== e.fileId)
			refuse(`文件“${e.name}”的内容与其标识不符（文件已损坏或被改动）。`, `the content of "${e.name}" does not match its id (the file is damaged or was altered).`);
		files.push({ name: e.name, bytes: content, fileId: e.fileId, ...(e.addedAt !== undefined ? { addedAt: e.addedAt } : {}) });
	}
	return { files, decisions: manifest.decisions ?? null };
}

/** Reads a workspace file. Never throws: a bad file comes back as `{ ok: false, error }` with the reason. */
export function decodeWorkspace(bytes: Uint8Array): DecodeResult {
	try {
		return { ok: true, workspace: decode(bytes) };
	} catch (e) {
		const r = e instanceof Refusal ? e : new Refusal(`读取出错：${String(e)}`, `reading failed: ${String(e)}`);
		return { ok: false, error: { zh: `无法打开工作区文件：${r.zh}`, en: `Cannot open the workspace file: ${r.en}` } };
	}
}
