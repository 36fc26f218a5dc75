/**
 * The CLI reads a folder's files in localeCompare's order (src/cli/files.ts byName), deciding the pairs
 * it can by a digit without starting ICU's collator. The order must be localeCompare's, pair by pair
 * and sorted whole, over Chinese, ASCII and mixed names — and the shortcut must hold under other
 * locales' collations too, as a user's locale may be any.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byName, collectFiles } from '../../src/cli/files';

const sign = (n: number) => Math.sign(n);

/** Names as folders hold them: numbered, Chinese, ASCII of both cases, mixed, with the punctuation and digits of both widths people use. */
function names(seed: number, count: number): string[] {
	let s = seed;
	const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
	const pieces = ['附件', '2', '3', '10', '01', '-', '_', ' ', '（', '）', '(', ')', '.', '·', '安全生产月', '城关镇', '柔远镇', '人民政府', '统计表', 'A', 'a', 'B', 'b', 'Z', 'z', 'É', 'é', '０', '１', '２', '〇', '一', '二', '十', 'ß', 'ss', 'Ä', 'å', '~$', '#'];
	const bases = ['', '00012-', '2023年', '附件2-', 'report-', '米桥镇安全生产月统计表（6月', 'Form_'];
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		let name = pick(bases);
		const n = 1 + Math.floor(rnd() * 5);
		for (let k = 0; k < n; k++) name += pick(pieces);
		out.push(name + pick(['.xlsx', '.xls', '.csv', '.docx', '']));
	}
	return out;
}

describe('the order of a folder’s names (byName)', () => {
	it('is localeCompare’s for every pair of Chinese, ASCII and mixed names, and every list sorts the same', () => {
		const all = [...names(7, 400), ...Array.from({ length: 120 }, (_, i) => `${String(i * 7).padStart(5, '0')}-附件${i % 4}-单位${i}.xlsx`)];
		for (let i = 0; i < all.length; i++)
			for (let j = 0; j < all.length; j += 7) expect(sign(byName(all[i], all[j])), `${all[i]} | ${all[j]}`).toBe(sign(all[i].localeCompare(all[j])));
		for (const seed of [1, 2, 3]) {
			const list = names(seed, 300);
			expect([...list].sort(byName)).toEqual([...list].sort((a, b) => a.localeCompare(b)));
		}
	});

	it('decides by a digit only where every locale’s collation agrees', () => {
		const locales = ['en-US', 'zh-CN', 'zh-TW', 'ja', 'de', 'sv', 'fr', 'ar', 'th', 'hi', 'da'];
		const all = names(11, 300);
		let decided = 0;
		for (const a of all)
			for (const b of all) {
				let i = 0;
				while (i < Math.min(a.length, b.length) && a[i] === b[i]) i++;
				if (!(/[0-9]/.test(a[i] ?? '') && /[0-9]/.test(b[i] ?? ''))) continue;
				decided++;
				for (const l of locales) expect(sign(new Intl.Collator(l).compare(a, b)), `${l}: ${a} | ${b}`).toBe(sign(byName(a, b)));
			}
		expect(decided).toBeGreaterThan(500);
	});

	it('is the order collectFiles reads a folder in', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-order-'));
		const list = [...new Set(names(5, 60).map((n) => n.replace(/[/\\]/g, '') + '.csv'))].filter((n) => !n.startsWith('~$') && n !== '.csv');
		mkdirSync(join(dir, 'sub'));
		for (const n of list) writeFileSync(join(dir, n), '');
		writeFileSync(join(dir, 'sub', '2.csv'), '');
		const got = collectFiles([dir]).map((f) => f.name);
		const want = [...list, 'sub'].sort((a, b) => a.localeCompare(b)).map((n) => (n === 'sub' ? 'sub/2.csv' : n));
		expect(got).toEqual(want);
	});
});
