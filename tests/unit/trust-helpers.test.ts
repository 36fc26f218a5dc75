/**
 * Pure helpers behind the trust features: the workspace file's decisions
 * (file decisions, mapping profile, unit merges) validated on the way in, and
 * the sources queries binding every value as a parameter.
 */
import { describe, expect, it } from 'vitest';
import { emptyMergeDecisions, mergeKey, validateFileDecisions, validateMergeDecisions } from '../../src/lib/workspace/plan';
import { readWorkspaceDecisions } from '../../src/lib/workspace/open-file';
import { decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/file-format';
import { contentHash } from '../../src/lib/facts/hash';
import { emptyProfile } from '../../src/lib/mapping/profile';
import { emptyRoster } from '../../src/lib/roster/index';
import { cellsQuery, sourcesQuery } from '../../src/lib/query/sql';
import { emptyFilter } from '../../src/lib/query/filter';

const placeholderCount = (sql: string) => (sql.match(/\?/g) ?? []).length;

describe('file decisions from a workspace file', () => {
	it('accepts what the file list can set', () => {
		expect(validateFileDecisions({})).toEqual({});
		expect(validateFileDecisions({ region: '环县', year: 2023, includeHidden: true })).toEqual({ region: '环县', year: 2023, includeHidden: true });
		expect(validateFileDecisions({ includeHidden: false })).toEqual({});
	});
	it('refuses anything else', () => {
		for (const bad of [null, [], 'x', { year: 23 }, { year: 2023.5 }, { year: '2023' }, { region: '' }, { region: 'x'.repeat(101) }, { includeHidden: 'yes' }, { other: 1 }])
			expect(validateFileDecisions(bad), JSON.stringify(bad)).toBeNull();
	});
});

describe('unit-merge decisions', () => {
	it('round-trips and refuses malformed ones', () => {
		const m = { accepted: [{ from: '柔远镇人民政府', to: '柔远镇', region: '华池县' }], rejected: [mergeKey({ from: 'a', to: 'b', region: '' })] };
		expect(validateMergeDecisions(m)).toEqual(m);
		expect(validateMergeDecisions(emptyMergeDecisions())).toEqual(emptyMergeDecisions());
		for (const bad of [null, {}, { accepted: [] }, { accepted: [{ from: '', to: 'b' }], rejected: [] }, { accepted: [{ from: 'a', to: 2 }], rejected: [] }, { accepted: [], rejected: [3] }])
			expect(validateMergeDecisions(bad), JSON.stringify(bad)).toBeNull();
	});
	it('keys a proposal by region, from and to', () => {
		expect(mergeKey({ from: 'a', to: 'b', region: 'r' })).not.toBe(mergeKey({ from: 'a', to: 'b', region: 's' }));
		expect(mergeKey({ from: 'a', to: 'b' })).toBe(mergeKey({ from: 'a', to: 'b', region: '' }));
	});
});

describe('workspace decisions', () => {
	const bytes = new TextEncoder().encode('单位,活动,指标,数值\n木钵镇,应急演练,参与（人次）,640');
	const fileId = contentHash(bytes);
	const decisions = { files: { [fileId]: { region: '环县', year: 2023 } }, profile: emptyProfile(), merges: { accepted: [{ from: 'x', to: 'y', region: '' }], rejected: [] }, demo: [],
		roster: {
			years: [{ year: 2024, interimDue: '2024-06-10', finalDue: '2024-06-24', units: [{ name: '木钵镇', region: '华池县', contact: '张三', phone: '13800000001', category: '镇' }] }],
			links: [{ filer: '木钵镇人民政府办', filerRegion: '', unit: '木钵镇', unitRegion: '华池县' }],
			rejected: []
		}
	};

	it('survive the workspace file and validate', () => {
		const decoded = decodeWorkspace(encodeWorkspace({ files: [{ name: 'a.csv', bytes, fileId }], decisions }));
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		const read = readWorkspaceDecisions(decoded.workspace.decisions, new Set([fileId]));
		expect(read).toEqual({ ok: true, decisions });
	});
	it('no decisions at all is an empty workspace state', () => {
		expect(readWorkspaceDecisions(null, new Set())).toEqual({ ok: true, decisions: { files: {}, profile: null, merges: emptyMergeDecisions(), demo: [], roster: emptyRoster() } });
	});
	it('refuses bad ones with a reason in Chinese and English', () => {
		const ids = new Set([fileId]);
		const cases = [
			'text',
			{ files: { other: {} } },
			{ files: { [fileId]: { year: 1 } } },
			{ profile: { format: 'nope' } },
			{ merges: { accepted: 'x', rejected: [] } }
		];
		for (const c of cases) {
			const r = readWorkspaceDecisions(c, ids);
			expect(r.ok, JSON.stringify(c)).toBe(false);
			if (!r.ok) {
				expect(r.zh).toMatch(/^无法打开工作区文件：/);
				expect(r.en).toMatch(/^Cannot open the workspace file: /);
			}
		}
	});
});

describe('sources queries', () => {
	it('bind every value as a parameter', () => {
		const filter = { ...emptyFilter(), years: [2023], unitSearch: "柔远'; DROP TABLE facts; --" };
		const q = sourcesQuery(filter, 'participation', { unit: "O'Brien镇", year: 2023, region: '华池县', activityId: 'consult' }, {}, 50);
		expect(q.sql).not.toContain('O\'Brien');
		expect(q.sql).not.toContain('DROP');
		expect(q.sql).not.toContain('华池县');
		expect(placeholderCount(q.sql)).toBe(q.params.length);
		expect(q.params).toEqual(expect.arrayContaining(["O'Brien镇", 2023, '华池县', 'consult', 'P', 50]));
		expect(q.sql).toContain("status = 'ok'");
	});
	it('cells are matched by file id, sheet and cell, bound', () => {
		const q = cellsQuery([
			{ fileId: 'f1', sheet: "表'1", cell: 'A1' },
			{ fileId: 'f2', sheet: '', cell: 'B2' }
		]);
		expect(q.sql).not.toContain("表'1");
		expect(placeholderCount(q.sql)).toBe(q.params.length);
		expect(q.params.slice(0, 6)).toEqual(['f1', "表'1", 'A1', 'f2', '', 'B2']);
		expect(placeholderCount(cellsQuery([]).sql)).toBe(0);
	});
});
