import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { processFile, buildFacts } from '../../src/lib/pipeline';
import { contentHash } from '../../src/lib/facts/hash';
import { decodeWorkspace, encodeWorkspace, isWorkspaceFile, manifestChecksum, WORKSPACE_LIMITS, WORKSPACE_MAGIC, WORKSPACE_VERSION, type WorkspaceFile } from '../../src/lib/workspace/file-format';
import { makeWideWorkbook } from '../fixtures/wide';
import { makeFormWorkbook } from '../fixtures/forms';

async function realFiles(): Promise<WorkspaceFile[]> {
	const wide = await makeWideWorkbook([
		{
			title: '2022年“安全生产月”活动汇总表',
			sheetName: '汇总',
			columns: [
				{ group: '安全宣传咨询日', leaf: '场次', metricId: 'consult.events' },
				{ group: '安全宣传咨询日', leaf: '参与人次', metricId: 'consult.participants' }
			],
			rows: [
				{ region: '华池县', unit: '柔远镇', values: [3, 420] },
				{ region: '合水县', unit: '太白镇', values: [2, 150] }
			]
		}
	]);
	const form = await makeFormWorkbook({ unit: '正宁县山河镇人民政府', year: 2021, filedOn: '2021-06-24', template: '2021', values: { 'consult.events': 4, 'consult.participants': 300, 'drills.events': 1 } });
	const csv = new Uint8Array(iconv.encode('年度,地区,单位,活动,指标,数值\r\n2023,合水县,太白镇,6·16咨询日,参与（人次）,88\r\n', 'gbk'));
	return [
		{ name: '2022年汇总.xlsx', bytes: wide, fileId: contentHash(wide), addedAt: 1_717_000_000_000 },
		{ name: `县区/${form.fileName}`, bytes: form.bytes, fileId: contentHash(form.bytes) },
		{ name: '明细.csv', bytes: csv, fileId: contentHash(csv), addedAt: 1_717_000_100_000 }
	];
}

const DECISIONS = {
	files: { someId: { region: '正宁县', year: 2021 } },
	removed: ['abc'],
	mapping: { format: 'anquanyue-mapping', version: 1, labels: [{ label: '发放宣传资料（份）', metricId: null, ignore: true }] },
	merges: [{ from: '正宁县山河镇人民政府', to: '山河镇', region: '正宁县' }]
};

const HEADER = 32;

/** A header + manifest + payload with a correct checksum, so each test reaches the check it aims at. */
function build(manifest: string | object | Uint8Array, payload: Uint8Array = new Uint8Array(), version = WORKSPACE_VERSION, declaredLength?: number): Uint8Array {
	const m = manifest instanceof Uint8Array ? manifest : new TextEncoder().encode(typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
	const out = new Uint8Array(HEADER + m.length + payload.length);
	out.set(WORKSPACE_MAGIC);
	const view = new DataView(out.buffer);
	view.setUint32(8, version, true);
	view.setUint32(12, declaredLength ?? m.length, true);
	out.set(new TextEncoder().encode(manifestChecksum(m)), 16);
	out.set(m, HEADER);
	out.set(payload, HEADER + m.length);
	return out;
}

describe('workspace file', () => {
	it('round-trips real files (xlsx form, xlsx table, GBK csv) and the decisions; the same facts come back', async () => {
		const files = await realFiles();
		const bytes = encodeWorkspace({ files, decisions: DECISIONS });
		expect(isWorkspaceFile(bytes)).toBe(true);
		const r = decodeWorkspace(bytes);
		if (!r.ok) throw new Error(r.error.en);
		expect(r.workspace.decisions).toEqual(DECISIONS);
		expect(r.workspace.files.map((f) => [f.name, f.fileId, f.addedAt])).toEqual(files.map((f) => [f.name, f.fileId, f.addedAt]));
		r.workspace.files.forEach((f, i) => expect(Buffer.from(f.bytes).equals(Buffer.from(files[i].bytes))).toBe(true));
		const facts = (fs: WorkspaceFile[]) => buildFacts(fs.map((f) => processFile({ name: f.name, bytes: f.bytes }))).map((f) => [f.file, f.cell, f.unit, f.metricId, f.value]);
		expect(facts(r.workspace.files)).toEqual(facts(files));
		expect(facts(files).length).toBeGreaterThan(5);
		// Decoded files are copies: changing them does not touch the workspace bytes.
		r.workspace.files[0].bytes[0] ^= 0xff;
		expect(decodeWorkspace(bytes).ok).toBe(true);
	});

	it('an empty workspace and missing decisions round-trip too', () => {
		const r = decodeWorkspace(encodeWorkspace({ files: [], decisions: undefined }));
		expect(r).toEqual({ ok: true, workspace: { files: [], decisions: null } });
	});

	it('refuses to write a fileId that is not the hash of the bytes', () => {
		expect(() => encodeWorkspace({ files: [{ name: 'a.csv', bytes: new Uint8Array([1, 2]), fileId: 'x' }], decisions: null })).toThrow();
	});

	it('refuses every bad file with a reason in both languages, never throwing', async () => {
		const files = await realFiles();
		const good = encodeWorkspace({ files, decisions: DECISIONS });
		const manifestLength = new DataView(good.buffer).getUint32(12, true);
		const manifest = JSON.parse(new TextDecoder().decode(good.subarray(HEADER, HEADER + manifestLength)));
		const payload = good.subarray(HEADER + manifestLength);
		expect(Buffer.from(build(manifest, payload)).equals(Buffer.from(good))).toBe(true); // the helper writes what encode writes
		const renamed = good.slice();
		renamed[HEADER + JSON.stringify(manifest).indexOf('2022年') + 1] ^= 0x01; // a digit of a file name
		const withFiles = (f: (entries: { name: string; size: number; fileId: string }[]) => unknown) => build({ ...manifest, files: f(structuredClone(manifest.files)) }, payload);
		const flipped = good.slice();
		flipped[good.length - 10] ^= 0x01;
		const wrongMagic = good.slice();
		wrongMagic[1] = 0x42;

		const corpus: [string, Uint8Array, RegExp][] = [
			['empty', new Uint8Array(), /not a workspace file/],
			['truncated header', good.subarray(0, 10), /not a workspace file/],
			['truncated manifest', good.subarray(0, HEADER + manifestLength - 5), /manifest is cut off/],
			['a file name altered', renamed, /checksum/],
			['truncated files', good.subarray(0, good.length - 1), /incomplete/],
			['trailing bytes', new Uint8Array([...good, 0]), /beyond what the manifest lists/],
			['wrong magic', wrongMagic, /not a workspace file/],
			['an xlsx file', files[0].bytes, /not a workspace file/],
			['newer version', build(manifest, payload, WORKSPACE_VERSION + 1), /newer/],
			['version 0', build(manifest, payload, 0), /not supported/],
			['non-JSON manifest', build('{"format": "anquanyue-workspace", files: [', payload), /not valid JSON/],
			['manifest not UTF-8', build(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), payload), /not valid JSON/],
			['manifest is an array', build('[]', payload), /must be a JSON object/],
			['wrong format', build({ ...manifest, format: 'other' }, payload), /format must be/],
			['no file list', build({ format: manifest.format, decisions: {} }, payload), /no file list/],
			['manifest length beyond the file', build(manifest, payload, WORKSPACE_VERSION, 0x7fffff), /cut off/],
			['huge manifest length', build(manifest, payload, WORKSPACE_VERSION, 0xffffffff), /above the limit/],
			['size lies (bigger)', withFiles((e) => (e[0].size += 10, e)), /incomplete/],
			['size lies (smaller)', withFiles((e) => (e[2].size -= 10, e)), /beyond what the manifest lists|does not match/],
			['sizes swapped', withFiles((e) => ([e[0].size, e[1].size] = [e[1].size, e[0].size], e)), /does not match its id/],
			['negative size', withFiles((e) => (e[0].size = -1, e)), /non-negative integer/],
			['fractional size', withFiles((e) => (e[0].size = 1.5, e)), /non-negative integer/],
			['size as text', withFiles((e) => (e[0].size = String(e[0].size) as unknown as number, e)), /non-negative integer/],
			['huge size', withFiles((e) => (e[0].size = WORKSPACE_LIMITS.fileBytes + 1, e)), /above the limit/],
			['hash mismatch (content changed)', flipped, /does not match its id/],
			['hash mismatch (id changed)', withFiles((e) => {
				e[1].fileId = (e[1].fileId[0] === '0' ? '1' : '0') + e[1].fileId.slice(1);
				return e;
			}), /does not match its id/],
			['bad file id', withFiles((e) => (e[0].fileId = '../../etc', e)), /file id/],
			['same file twice', withFiles((e) => (e[1] = { ...e[0] }, e)), /twice/],
			['missing name', withFiles((e) => (e[0].name = '', e)), /no file name/],
			['control characters in a name', withFiles((e) => (e[0].name = 'a\u0000b', e)), /control characters/],
			['entry not an object', withFiles((e) => (e[0] = 7 as unknown as (typeof e)[0], e)), /not an object/],
			['huge count', build({ ...manifest, files: new Array(WORKSPACE_LIMITS.files + 1).fill(manifest.files[0]) }, payload), /too many files/],
			['bad addedAt', withFiles((e) => ((e[0] as { addedAt?: unknown }).addedAt = 'yesterday', e)), /added time/]
		];
		for (const [what, bytes, reason] of corpus) {
			let r: ReturnType<typeof decodeWorkspace> | undefined;
			expect(() => (r = decodeWorkspace(bytes)), what).not.toThrow();
			expect(r!.ok, what).toBe(false);
			if (r!.ok) continue;
			expect(r!.error.en, what).toMatch(reason);
			expect(r!.error.en, what).toMatch(/^Cannot open the workspace file: /);
			expect(r!.error.zh, what).toMatch(/^无法打开工作区文件：.{4,}/);
		}
		// Not a Uint8Array at all.
		const notBytes = decodeWorkspace('hello' as unknown as Uint8Array);
		expect(notBytes.ok).toBe(false);
	});

	it('random bytes, and random damage to a good file, are refused without throwing', async () => {
		const good = encodeWorkspace({ files: (await realFiles()).slice(2), decisions: { a: 1 } });
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
				const r = decodeWorkspace(bytes);
				return !r.ok && r.error.zh.length > 0 && r.error.en.length > 0;
			}),
			{ numRuns: 300 }
		);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, x) => {
				const bad = good.slice();
				bad[at] ^= x;
				const r = decodeWorkspace(bad);
				return !r.ok && r.error.en.startsWith('Cannot open the workspace file: ');
			}),
			{ numRuns: 500 }
		);
	});
});
