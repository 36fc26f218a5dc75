import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { buildFacts, processFile, resolveFilings } from '../../src/lib/pipeline';
import {
	PROFILE_LIMITS,
	applyMapping,
	catalogMetric,
	emptyProfile,
	labelInventory,
	mappingDraft,
	metricCatalog,
	parseProfile,
	validateProfile,
	withDecision,
	withMetric,
	withoutDecision,
	type MappingProfile
} from '../../src/lib/mapping';
import { METRICS } from '../../src/lib/schema';
import { addWideSheet, makeWideWorkbook, type WideColumn, type WideSpec } from '../fixtures/wide';

const LEAFLETS = { id: 'custom.leaflets', zh: '发放宣传资料', en: 'Leaflets handed out', activity: 'publicity', family: 'M' as const, unit: '份' };

const COLUMNS: WideColumn[] = [
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' },
	{ group: null, leaf: '发放宣传资料（份）', metricId: null },
	{ group: null, leaf: '出动检查人员（人次）', metricId: null },
	{ group: null, leaf: '在市县媒体发表安全月稿件（篇）', metricId: 'publicity.local_articles' }
];

function spec(overrides: Partial<WideSpec> = {}): WideSpec {
	return {
		title: '2023年“安全生产月”活动汇总表',
		sheetName: '汇总',
		columns: COLUMNS,
		rows: [
			{ region: '华池县', unit: '柔远镇', values: [3, 420, 1200, 35, 4] },
			{ region: '华池县', unit: '悦乐镇', values: [1, null, 300, null, 2] },
			{ region: '合水县', unit: '太白镇', values: [2, 150, 880, 12, null] }
		],
		...overrides
	};
}

async function wideFacts(specs: WideSpec[] = [spec()], name = '2023年汇总.xlsx') {
	return processFile({ name, bytes: await makeWideWorkbook(specs) });
}

function profile(p: Partial<MappingProfile> = {}): MappingProfile {
	return { ...emptyProfile(), ...p };
}

/** Validates a profile that must be refused; returns its reason. */
function refused(input: unknown) {
	const r = validateProfile(input);
	if (r.ok) throw new Error(`accepted: ${JSON.stringify(input).slice(0, 200)}`);
	expect(r.error.zh).toMatch(/^映射配置无效：/);
	expect(r.error.en).toMatch(/^Invalid mapping profile: /);
	return r.error;
}

describe('mapping profile validation', () => {
	it('accepts a good profile and normalizes it (trimmed names, optional fields)', () => {
		const r = parseProfile(
			'\ufeff' +
				JSON.stringify({
					format: 'anquanyue-mapping',
					version: 1,
					metrics: [{ ...LEAFLETS, zh: ' 发放宣传资料 ' }, { id: 'custom.inspectors', zh: '出动检查人员', activity: 'rectification', family: 'P' }],
					labels: [
						{ label: '发放宣传资料（份）', metricId: 'custom.leaflets' },
						{ label: '场次', context: '应急演练', metricId: 'drills.events' },
						{ label: '其他（个）', metricId: null },
						{ label: '序时进度', ignore: true }
					]
				})
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.profile.metrics[0].zh).toBe('发放宣传资料');
		expect(r.profile.metrics[1]).toEqual({ id: 'custom.inspectors', zh: '出动检查人员', en: '', activity: 'rectification', family: 'P', unit: '' });
		expect(r.profile.labels[3]).toEqual({ label: '序时进度', metricId: null, ignore: true });
		// What the UI exports, it can import again.
		expect(parseProfile(JSON.stringify(r.profile))).toEqual(r);
	});

	it('refuses bad profiles with a clear reason in Chinese and English', () => {
		const base = { format: 'anquanyue-mapping', version: 1, metrics: [], labels: [] };
		expect(refused(null).en).toMatch(/JSON object/);
		expect(refused([base]).en).toMatch(/JSON object/);
		expect(refused({ ...base, format: 'other-tool' })).toMatchObject({ zh: expect.stringContaining('other-tool'), en: expect.stringContaining('format must be "anquanyue-mapping"') });
		expect(refused({ ...base, version: 2 }).en).toMatch(/version 2 is not supported/);
		expect(refused({ ...base, metrics: {} }).en).toMatch(/metrics must be an array/);
		expect(refused({ ...base, labels: 'x' }).en).toMatch(/labels must be an array/);
		expect(refused({ ...base, metrics: [{ ...LEAFLETS, family: 'X' }] })).toMatchObject({ zh: expect.stringContaining('类别“X”未知'), en: expect.stringContaining('unknown family "X"') });
		expect(refused({ ...base, metrics: [{ ...LEAFLETS, activity: 'parade' }] }).en).toMatch(/unknown activity "parade"/);
		expect(refused({ ...base, metrics: [{ ...LEAFLETS, id: 'custom leaflets' }] }).en).toMatch(/no spaces/);
		expect(refused({ ...base, metrics: [{ ...LEAFLETS, zh: '  ' }] }).en).toMatch(/metrics\[0\]\.zh must not be empty/);
		expect(refused({ ...base, metrics: [{ ...LEAFLETS, id: 'drills.events' }] })).toMatchObject({ zh: expect.stringContaining('与标准指标重名'), en: expect.stringContaining('clashes with a schema metric') });
		expect(refused({ ...base, metrics: [LEAFLETS, { ...LEAFLETS, zh: '又一个' }] }).en).toMatch(/"custom.leaflets" is defined twice/);
		expect(refused({ ...base, labels: [{ label: '发放宣传资料（份）', metricId: 'custom.leaflets' }] })).toMatchObject({
			zh: expect.stringContaining('既不在标准指标中，也不在本配置的自定义指标中'),
			en: expect.stringContaining('neither a schema metric nor a custom metric')
		});
		expect(refused({ ...base, labels: [{ label: '场次', metricId: 42 }] }).en).toMatch(/metricId must be a string/);
		expect(refused({ ...base, labels: [{ label: '场次' }] }).en).toMatch(/metricId must be a string/);
		expect(refused({ ...base, labels: [{ label: '场次', metricId: 'drills.events', ignore: true }] }).en).toMatch(/both ignored and mapped/);
		expect(refused({ ...base, labels: [{ label: '场次', ignore: 'yes' }] }).en).toMatch(/ignore may only be true/);
		expect(refused({ ...base, labels: [{ label: '（ ）', metricId: null }] }).en).toMatch(/only blanks or brackets/);
		// Two decisions for one label, written differently: which one wins would be a guess.
		expect(
			refused({ ...base, labels: [{ label: '发放宣传资料（份）', metricId: null }, { label: ' 发放宣传资料 (份)', ignore: true }] }).en
		).toMatch(/labels\[0\] and labels\[1\] are two decisions for the same label/);
		expect(refused({ ...base, labels: [{ label: '应急演练|场次', metricId: null }, { label: '场次', context: '应急演练', metricId: 'drills.events' }] }).en).toMatch(
			/two decisions/
		);
	});

	it('refuses oversize strings, too many entries and a file that is not JSON', () => {
		const base = { format: 'anquanyue-mapping', version: 1, metrics: [], labels: [] };
		const long = '长'.repeat(PROFILE_LIMITS.labelChars + 1);
		expect(refused({ ...base, labels: [{ label: long, metricId: null }] })).toMatchObject({ zh: expect.stringContaining('太长'), en: expect.stringContaining('too long') });
		expect(refused({ ...base, metrics: [{ ...LEAFLETS, zh: 'x'.repeat(PROFILE_LIMITS.nameChars + 1) }] }).en).toMatch(/metrics\[0\]\.zh is too long/);
		const many = Array.from({ length: PROFILE_LIMITS.labels + 1 }, (_, i) => ({ label: `列${i}`, metricId: null }));
		expect(refused({ ...base, labels: many }).en).toMatch(/too many label decisions/);
		const metrics = Array.from({ length: PROFILE_LIMITS.metrics + 1 }, (_, i) => ({ ...LEAFLETS, id: `custom.m${i}` }));
		expect(refused({ ...base, metrics }).en).toMatch(/too many custom metrics/);
		const bad = parseProfile('{"format": "anquanyue-mapping", ');
		expect(bad.ok).toBe(false);
		if (!bad.ok) {
			expect(bad.error.zh).toContain('不是有效的 JSON');
			expect(bad.error.en).toContain('not valid JSON');
		}
	});
});

describe('applyMapping', () => {
	it('maps an unmapped label to a schema metric and another to a new custom metric, ignores one, unmaps a wrong match', async () => {
		const r = await wideFacts();
		const facts = resolveFilings([r]);
		const before = JSON.stringify(facts);
		expect(facts.filter((f) => f.label === '发放宣传资料（份）').every((f) => f.status === 'unmapped')).toBe(true);
		expect(facts.filter((f) => f.label === '出动检查人员（人次）').every((f) => f.status === 'unmapped')).toBe(true);

		const p = profile({
			metrics: [LEAFLETS],
			labels: [
				{ label: '发放宣传资料（份）', metricId: 'custom.leaflets' },
				{ label: '出动检查人员（人次）', metricId: 'rectification.enterprise_participants' },
				// Say the office counts 稿件 elsewhere: this column is left out.
				{ label: '在市县媒体发表安全月稿件（篇）', ignore: true, metricId: null },
				// A match the user disagrees with: no metric, values stay visible.
				{ label: '参与人次', context: '应急演练', metricId: null }
			]
		});
		const out = applyMapping(facts, p);
		expect(JSON.stringify(facts)).toBe(before); // pure: the input is untouched
		expect(out).toHaveLength(facts.length);

		const by = (label: string) => out.filter((f) => f.label === label);
		expect(by('发放宣传资料（份）').map((f) => [f.unit, f.value, f.metricId, f.activityId, f.family, f.status, f.confidence])).toEqual([
			['柔远镇', 1200, 'custom.leaflets', 'publicity', 'M', 'ok', 1],
			['悦乐镇', 300, 'custom.leaflets', 'publicity', 'M', 'ok', 1],
			['太白镇', 880, 'custom.leaflets', 'publicity', 'M', 'ok', 1]
		]);
		expect(by('出动检查人员（人次）').map((f) => [f.value, f.metricId, f.family, f.status])).toEqual([
			[35, 'rectification.enterprise_participants', 'P', 'ok'],
			[12, 'rectification.enterprise_participants', 'P', 'ok']
		]);
		expect(by('在市县媒体发表安全月稿件（篇）').map((f) => [f.value, f.metricId, f.status])).toEqual([
			[4, null, 'ignored'],
			[2, null, 'ignored']
		]);
		expect(by('应急演练|参与人次').map((f) => [f.value, f.metricId, f.status, f.confidence])).toEqual([
			[420, null, 'unmapped', 1],
			[150, null, 'unmapped', 1]
		]);
		// Labels without a decision keep the matcher's proposal, object for object.
		const untouched = out.filter((f) => f.label === '应急演练|场次');
		expect(untouched.map((f) => f.metricId)).toEqual(['drills.events', 'drills.events', 'drills.events']);
		expect(untouched.every((f) => facts.includes(f))).toBe(true);
		// Provenance survives every decision.
		expect(out.map((f) => [f.file, f.sheet, f.cell, f.raw])).toEqual(facts.map((f) => [f.file, f.sheet, f.cell, f.raw]));
	});

	it('meets labels on their normalized form: whitespace, half/full-width brackets, context split', async () => {
		const facts = resolveFilings([await wideFacts()]);
		const out = applyMapping(
			facts,
			profile({
				metrics: [LEAFLETS],
				labels: [
					{ label: ' 发放 宣传资料 (份) ', metricId: 'custom.leaflets' },
					{ label: '场　次', context: '应急 演练', metricId: 'drills.participants' }
				]
			})
		);
		expect(out.filter((f) => f.label === '发放宣传资料（份）').every((f) => f.metricId === 'custom.leaflets')).toBe(true);
		expect(out.filter((f) => f.label === '应急演练|场次').every((f) => f.metricId === 'drills.participants')).toBe(true);
		// 场次 alone (no group) is another label: a context keeps decisions apart.
		expect(out.filter((f) => f.label === '应急演练|参与人次').every((f) => f.metricId === 'drills.participants' && f.confidence < 1)).toBe(true);
	});

	it('leaves superseded facts superseded: only their metric changes', async () => {
		// The same unit in two tables of the same year: the file imported last counts.
		const first = await wideFacts([spec({ rows: [{ region: '华池县', unit: '柔远镇', values: [1, 10, 100, 5, 1] }] })], '初报.xlsx');
		const second = await wideFacts([spec({ rows: [{ region: '华池县', unit: '柔远镇', values: [2, 20, 200, 6, 2] }] })], '终报.xlsx');
		const facts = resolveFilings([first, second]);
		expect(facts.filter((f) => f.file === '初报.xlsx').every((f) => f.status === 'superseded')).toBe(true);
		const p = profile({ metrics: [LEAFLETS], labels: [{ label: '发放宣传资料（份）', metricId: 'custom.leaflets' }, { label: '出动检查人员（人次）', ignore: true, metricId: null }] });
		const out = applyMapping(facts, p);
		const leaflets = out.filter((f) => f.label === '发放宣传资料（份）').map((f) => [f.file, f.value, f.metricId, f.status]);
		expect(leaflets).toEqual([
			['初报.xlsx', 100, 'custom.leaflets', 'superseded'],
			['终报.xlsx', 200, 'custom.leaflets', 'ok']
		]);
		const inspectors = out.filter((f) => f.label === '出动检查人员（人次）').map((f) => [f.file, f.status]);
		expect(inspectors).toEqual([
			['初报.xlsx', 'superseded'],
			['终报.xlsx', 'ignored']
		]);
		// buildFacts is exactly resolveFilings then applyMapping.
		expect(buildFacts([first, second], p)).toEqual(out);
		expect(buildFacts([first, second])).toEqual(facts);
	});
});

describe('metric catalog and profile edits', () => {
	it('lists the schema metrics, then the custom ones, and looks both up', () => {
		// The catalog names metrics (id, activity, family, unit, zh, en); their wording stays with the matcher.
		expect(metricCatalog()).toEqual(METRICS.map(({ id, activity, family, unit, zh, en }) => ({ id, activity, family, unit, zh, en })));
		const p = withMetric(emptyProfile(), LEAFLETS);
		const cat = metricCatalog(p);
		expect(cat).toHaveLength(METRICS.length + 1);
		expect(cat.at(-1)).toEqual(LEAFLETS);
		expect(catalogMetric('custom.leaflets', p)?.family).toBe('M');
		expect(catalogMetric('drills.events', p)?.zh).toBe(METRICS.find((m) => m.id === 'drills.events')!.zh);
		expect(catalogMetric('custom.leaflets')).toBeUndefined();
	});

	it('sets, replaces and forgets decisions by normalized label, without touching the old profile', () => {
		const p0 = withMetric(emptyProfile(), LEAFLETS);
		const p1 = withDecision(p0, { label: '发放宣传资料（份）', metricId: null });
		const p2 = withDecision(p1, { label: '发放宣传资料(份)', metricId: 'custom.leaflets' });
		expect(p0.labels).toEqual([]);
		expect(p1.labels).toEqual([{ label: '发放宣传资料（份）', metricId: null }]);
		expect(p2.labels).toEqual([{ label: '发放宣传资料(份)', metricId: 'custom.leaflets' }]);
		expect(validateProfile(p2).ok).toBe(true);
		expect(withoutDecision(p2, ' 发放宣传资料（份）').labels).toEqual([]);
	});
});

describe('labelInventory', () => {
	it('lists every distinct label: unmapped first, then by confidence, with samples, files, counts and candidates', async () => {
		const a = await wideFacts([spec({ numbersAsText: true })], 'a.xlsx');
		const b = await wideFacts([spec({ title: '2022年“安全生产月”活动汇总表' })], 'b.xlsx');
		const facts = resolveFilings([a, b]);
		const inv = labelInventory(facts);
		expect(inv.map((e) => e.label).sort()).toEqual([...new Set(facts.map((f) => f.label))].sort());
		expect(inv.slice(0, 2).map((e) => e.state)).toEqual(['unmapped', 'unmapped']);
		expect(inv.slice(2).every((e) => e.state === 'mapped')).toBe(true);
		const conf = inv.slice(2).map((e) => e.confidence);
		expect(conf).toEqual([...conf].sort((x, y) => x - y));

		const leaflets = inv.find((e) => e.label === '发放宣传资料（份）')!;
		expect(leaflets).toMatchObject({ metricId: null, confidence: 0, count: 6, fileCount: 2, files: ['a.xlsx', 'b.xlsx'], statusCounts: { unmapped: 6 }, decision: null, mixed: false });
		expect(leaflets.samples.length).toBeGreaterThan(0);
		expect(leaflets.samples.length).toBeLessThanOrEqual(5);
		expect(leaflets.samples).toContain('880');
		const drills = inv.find((e) => e.label === '应急演练|场次')!;
		expect(drills).toMatchObject({ metricId: 'drills.events', activityId: 'drills', family: 'S', count: 6 });
		expect(drills.candidates[0].metricId).toBe('drills.events');
		const inspectors = inv.find((e) => e.label === '出动检查人员（人次）')!;
		expect(inspectors.candidates.every((c) => c.family === 'P')).toBe(true);
	});

	it('shows decisions after applyMapping: decided labels at confidence 1, ignored ones last', async () => {
		const facts = resolveFilings([await wideFacts()]);
		const p = profile({
			metrics: [LEAFLETS],
			labels: [
				{ label: '发放宣传资料（份）', metricId: 'custom.leaflets' },
				{ label: '出动检查人员（人次）', ignore: true, metricId: null }
			]
		});
		const inv = labelInventory(applyMapping(facts, p), p);
		expect(inv.at(-1)).toMatchObject({ label: '出动检查人员（人次）', state: 'ignored', decision: { ignore: true }, statusCounts: { ignored: 2 } });
		expect(inv.find((e) => e.label === '发放宣传资料（份）')).toMatchObject({ state: 'mapped', metricId: 'custom.leaflets', confidence: 1, decision: { metricId: 'custom.leaflets' } });
		expect(inv.filter((e) => e.state === 'unmapped')).toEqual([]);
	});

	it('a column counted in 万 stays unmapped with its reason, no suggestion, and the reason in the draft', async () => {
		const facts = resolveFilings([
			await wideFacts([
				spec({
					columns: [
						{ group: '安全宣传咨询日', leaf: '场次', metricId: 'consult.events' },
						{ group: '安全宣传咨询日', leaf: '受教育群众（万人次）', metricId: null }
					],
					rows: [
						{ region: '华池县', unit: '柔远镇', values: [3, 1.2] },
						{ region: '合水县', unit: '太白镇', values: [2, 0.8] }
					]
				})
			])
		]);
		const inv = labelInventory(facts);
		const scaled = inv.find((e) => e.label.includes('万人次'))!;
		expect(scaled).toMatchObject({ state: 'unmapped', metricId: null, suggestions: [] });
		expect(scaled.samples).toEqual(['1.2', '0.8']);
		expect(scaled.uncounted?.zh).toContain('以“万人次”计');
		expect(inv.find((e) => e.metricId === 'consult.events')?.uncounted).toBeNull();
		const draft = mappingDraft(inv).labels.find((l) => l.label === scaled.label);
		expect(draft).toMatchObject({ metricId: null, suggestions: [], uncounted: scaled.uncounted!.zh, uncountedEn: scaled.uncounted!.en });
	});
});

describe('hidden sheets', () => {
	async function withHiddenSheet(): Promise<Uint8Array> {
		const wb = new ExcelJS.Workbook();
		await addWideSheet(wb, spec({ sheetName: '2023年' }));
		await addWideSheet(wb, spec({ sheetName: '旧表', title: '2022年“安全生产月”活动汇总表' }));
		wb.getWorksheet('旧表')!.state = 'hidden';
		return new Uint8Array(await wb.xlsx.writeBuffer());
	}

	it('lists a hidden sheet and skips it by default', async () => {
		const r = processFile({ name: '汇总.xlsx', bytes: await withHiddenSheet() });
		expect(r.sheets).toEqual([
			{ name: '2023年', shape: 'wide', hidden: false },
			{ name: '旧表', shape: 'none', hidden: true }
		]);
		expect(r.facts.every((f) => f.sheet === '2023年')).toBe(true);
		expect(r.problems.find((p) => p.code === 'sheet.hidden')).toMatchObject({ level: 'info', sheet: '旧表' });
		expect(r.ledger.filter((e) => e.sheet === '旧表').every((e) => e.reason === 'hidden-sheet')).toBe(true);
	});

	it('reads a hidden sheet when the user includes it', async () => {
		const r = processFile({ name: '汇总.xlsx', bytes: await withHiddenSheet() }, { includeHidden: true });
		expect(r.sheets).toEqual([
			{ name: '2023年', shape: 'wide', hidden: false },
			{ name: '旧表', shape: 'wide', hidden: true }
		]);
		const hidden = r.facts.filter((f) => f.sheet === '旧表');
		expect(hidden).toHaveLength(r.facts.length / 2);
		expect(new Set(hidden.map((f) => f.year))).toEqual(new Set([2022]));
		expect(r.problems.some((p) => p.code === 'sheet.hidden')).toBe(false);
		expect(r.ledger.some((e) => e.reason === 'hidden-sheet')).toBe(false);
	});
});

describe('normalize CLI --mapping', () => {
	const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
	const CLI = join(process.cwd(), 'src/cli/normalize.ts');
	const run = (args: string[]) => spawnSync(TSX, [CLI, ...args], { encoding: 'utf8' });

	it('applies a profile: a column outside the schema lands on a custom metric, ignored facts are left out and counted', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'mapping-'));
		writeFileSync(join(dir, '2023年汇总.xlsx'), await makeWideWorkbook([spec()]));
		const p = profile({
			metrics: [LEAFLETS],
			labels: [
				{ label: '发放宣传资料(份)', metricId: 'custom.leaflets' },
				{ label: '出动检查人员（人次）', ignore: true, metricId: null }
			]
		});
		writeFileSync(join(dir, 'profile.json'), JSON.stringify(p, null, 2));
		const out = join(dir, 'facts.csv');
		const r = run(['--mapping', join(dir, 'profile.json'), '--out', out, join(dir, '2023年汇总.xlsx')]);
		expect(r.status, r.stderr).toBe(0);
		const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').trim(), { header: true }).data;
		expect(rows.filter((x) => x.label === '发放宣传资料（份）').map((x) => [x.unit, x.activity_id, x.metric_id, x.value, x.status])).toEqual([
			['柔远镇', 'publicity', 'custom.leaflets', '1200', 'ok'],
			['悦乐镇', 'publicity', 'custom.leaflets', '300', 'ok'],
			['太白镇', 'publicity', 'custom.leaflets', '880', 'ok']
		]);
		expect(rows.some((x) => x.label === '出动检查人员（人次）')).toBe(false);
		expect(new Set(rows.map((x) => x.status))).toEqual(new Set(['ok']));
		expect(r.stderr).toMatch(/2 ignored/);

		// Without the profile the same column is unmapped and the ignored one comes out.
		const plain = run([join(dir, '2023年汇总.xlsx')]);
		expect(plain.status).toBe(0);
		const plainRows = Papa.parse<Record<string, string>>(plain.stdout.trim(), { header: true }).data;
		expect(plainRows.filter((x) => x.label === '发放宣传资料（份）').every((x) => x.status === 'unmapped' && x.metric_id === '')).toBe(true);
		expect(plainRows.filter((x) => x.label === '出动检查人员（人次）')).toHaveLength(2);
	});

	it('refuses a bad profile with exit 2 and the reason in Chinese and English', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'mapping-'));
		writeFileSync(join(dir, 'a.xlsx'), await makeWideWorkbook([spec()]));
		writeFileSync(join(dir, 'bad.json'), JSON.stringify({ format: 'anquanyue-mapping', version: 1, metrics: [], labels: [{ label: '发放宣传资料（份）', metricId: 'custom.leaflets' }] }));
		const r = run(['--mapping', join(dir, 'bad.json'), join(dir, 'a.xlsx')]);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain('映射配置无效');
		expect(r.stderr).toContain('neither a schema metric nor a custom metric');
		writeFileSync(join(dir, 'broken.json'), '{ not json');
		const broken = run(['--mapping', join(dir, 'broken.json'), join(dir, 'a.xlsx')]);
		expect(broken.status).toBe(2);
		expect(broken.stderr).toContain('not valid JSON');
		expect(run(['--mapping', join(dir, 'missing.json'), join(dir, 'a.xlsx')]).status).toBe(2);
	});
});
