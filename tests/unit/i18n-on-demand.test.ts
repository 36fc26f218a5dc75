import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DICT } from '../../src/lib/i18n/dict';
import { WORDS_ON_DEMAND } from '../../src/lib/i18n/dict-on-demand';

const sources = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|svelte)$/.test(e.name) ? [join(dir, e.name)] : []));

/**
 * The words of the parts loaded on demand are not in the start's dictionary: a file that shows one must
 * import on-demand.ts, or the word is missing when the part is first shown.
 */
describe('the words loaded on demand', () => {
	it('are each in one dictionary, in both languages', () => {
		const start = Object.keys(DICT);
		const later = Object.keys(WORDS_ON_DEMAND);
		expect(later.filter((k) => start.includes(k))).toEqual([]);
		for (const [key, w] of Object.entries({ ...DICT, ...WORDS_ON_DEMAND }) as [string, { zh: string; en: string }][]) {
			expect(w.zh, key).toBeTruthy();
			expect(w.en, key).toBeTruthy();
		}
	});

	it('are loaded by every file that shows them', () => {
		const later = Object.keys(WORDS_ON_DEMAND);
		const missing: string[] = [];
		let users = 0;
		for (const file of sources('src')) {
			if (file.includes(join('lib', 'i18n'))) continue;
			const text = readFileSync(file, 'utf8');
			if (!file.endsWith('.svelte') && !text.includes('i18n/')) continue;
			const literal = later.filter((k) => new RegExp(`['"\`]${k}['"\`]`).test(text));
			// Words named by a prefix and a value: t(`level_${c.level}`).
			const prefixes = [...text.matchAll(/\bt\(`(\w+)\$\{/g)].map((m) => m[1]);
			const byPrefix = later.filter((k) => prefixes.some((p) => k.startsWith(p)));
			if (!literal.length && !byPrefix.length) continue;
			users++;
			if (!/import '(\$lib|[./]+)\/i18n\/on-demand'/.test(text)) missing.push(`${file}: ${[...literal, ...byPrefix].slice(0, 3).join(', ')}`);
		}
		expect(users).toBeGreaterThan(5);
		expect(missing).toEqual([]);
	});
});
