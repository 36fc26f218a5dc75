import { describe, expect, test } from 'vitest';
import { decisionsFromInput, restorePlan, sameDecisions } from '../../src/lib/workspace/plan';
import { emptyMeta, storable, STORE_BYTES_MAX, type StoredFile } from '../../src/lib/workspace/store';
import { formatBytes } from '../../src/lib/workspace/bytes';
import { customMetricId, nameOfLabel, profileFileName, searchMetrics, unitOfLabel } from '../../src/lib/dashboard/mapping-ui';
import { emptyProfile, metricCatalog, validateProfile, withMetric } from '../../src/lib/mapping';
import { METRICS } from '../../src/lib/schema';

const file = (fileId: string, demo: boolean, seq: number): StoredFile => ({ fileId, name: `${fileId}.xlsx`, bytes: new Blob([fileId]), addedAt: 1000, seq, demo });

describe('restorePlan', () => {
	const user = file('u1', false, 2);
	const demo = file('d1', true, 0);

	test('first visit: nothing stored, the demo set is fetched', () => {
		expect(restorePlan([], emptyMeta(), true)).toEqual({ restore: [], fetchDemo: true });
	});
	test('a stored demo set is restored, not fetched again (no duplicate)', () => {
		expect(restorePlan([demo, user], emptyMeta(), true)).toEqual({ restore: [demo, user], fetchDemo: false });
	});
	test('removed demo never comes back', () => {
		expect(restorePlan([user], { ...emptyMeta(), demoRemoved: true }, true)).toEqual({ restore: [user], fetchDemo: false });
	});
	test('?demo=0 shows no demo, stored or not, and fetches none', () => {
		expect(restorePlan([demo, user], emptyMeta(), false)).toEqual({ restore: [user], fetchDemo: false });
		expect(restorePlan([], emptyMeta(), false)).toEqual({ restore: [], fetchDemo: false });
	});
});

describe('decisionsFromInput', () => {
	test('blank inputs leave no decision', () => {
		expect(decisionsFromInput({ region: '  ', year: '', includeHidden: false })).toEqual({ ok: true, decisions: {} });
	});
	test('region trimmed, year read (full-width digits and 年 too), hidden sheets flag', () => {
		expect(decisionsFromInput({ region: ' 正宁县 ', year: '２０２２年', includeHidden: true })).toEqual({ ok: true, decisions: { region: '正宁县', year: 2022, includeHidden: true } });
		expect(decisionsFromInput({ region: '', year: '2023', includeHidden: false })).toEqual({ ok: true, decisions: { year: 2023 } });
	});
	test('a year out of range or not whole is refused with zh + en reasons', () => {
		for (const year of ['22', '2022.5', 'abc', '3000']) {
			const r = decisionsFromInput({ region: '', year, includeHidden: false });
			expect(r.ok, year).toBe(false);
			if (!r.ok) {
				expect(r.zh).toMatch(/年度/);
				expect(r.en).toMatch(/year/);
			}
		}
		expect(decisionsFromInput({ region: '县'.repeat(101), year: '', includeHidden: false }).ok).toBe(false);
	});
	test('sameDecisions ignores a false includeHidden', () => {
		expect(sameDecisions({ region: 'a' }, { region: 'a', includeHidden: undefined })).toBe(true);
		expect(sameDecisions({ region: 'a' }, { region: 'a', year: 2022 })).toBe(false);
	});
});

describe('mapping screen helpers', () => {
	test('unit and name from a label', () => {
		expect(unitOfLabel('发放宣传资料（份）')).toBe('份');
		expect(unitOfLabel('应急演练|参与(人次)')).toBe('人次');
		expect(unitOfLabel('备注')).toBe('');
		expect(nameOfLabel('发放宣传资料（份）')).toBe('发放宣传资料');
		expect(nameOfLabel('应急演练|场次')).toBe('应急演练 场次');
	});
	test('custom metric ids are valid in a profile and never clash', () => {
		let profile = emptyProfile();
		const id = customMetricId('宣传资料', profile);
		expect(id).toBe('custom.宣传资料');
		profile = withMetric(profile, { id, zh: '宣传资料', en: '', activity: 'publicity', family: 'M', unit: '份' });
		const second = customMetricId('宣传资料', profile);
		expect(second).toBe('custom.宣传资料_2');
		const odd = customMetricId(' 宣传 资料/（份） ', profile);
		expect(odd).toMatch(/^custom\.[\p{L}\p{N}_.-]+$/u);
		const checked = validateProfile(withMetric(profile, { id: odd, zh: 'x', en: '', activity: 'publicity', family: 'M', unit: '' }));
		expect(checked.ok).toBe(true);
	});
	test('metric search by zh name, en name or id; the catalog includes custom metrics', () => {
		const catalog = metricCatalog(withMetric(emptyProfile(), { id: 'custom.宣传资料', zh: '宣传资料', en: 'Leaflets', activity: 'publicity', family: 'M', unit: '份' }));
		expect(searchMetrics(catalog, '').length).toBe(METRICS.length + 1);
		expect(searchMetrics(catalog, '宣传资料').map((m) => m.id)).toContain('custom.宣传资料');
		expect(searchMetrics(catalog, 'LEAFLETS').map((m) => m.id)).toEqual(['custom.宣传资料']);
		const some = METRICS[0];
		expect(searchMetrics(catalog, some.id).map((m) => m.id)).toContain(some.id);
		expect(searchMetrics(catalog, 'zzzz-nothing')).toEqual([]);
	});
	test('file names and sizes', () => {
		expect(profileFileName(new Date('2024-06-30T08:00:00Z'))).toBe('映射配置-2024-06-30.json');
		expect(formatBytes(0)).toBe('0 B');
		expect(formatBytes(1536)).toBe('1.5 KB');
		expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
		expect(formatBytes(null)).toBe('?');
	});
});

describe('what the store keeps of a file', () => {
	test('its bytes when at hand and at most STORE_BYTES_MAX, else its Blob', () => {
		const source = new Blob(['x']);
		const small = new ArrayBuffer(8);
		expect(storable(source, small)).toBe(small);
		expect(storable(source, new ArrayBuffer(STORE_BYTES_MAX))).toBeInstanceOf(ArrayBuffer);
		expect(storable(source, new ArrayBuffer(STORE_BYTES_MAX + 1))).toBe(source);
		expect(storable(source, undefined)).toBe(source);
	});
});
