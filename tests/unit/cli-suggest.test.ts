import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { makeWideWorkbook } from '../fixtures/wide';
import { parseProfile, type DraftLabel, type MappingDraft } from '../../src/lib/mapping';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'src/cli/normalize.ts');

function normalize(args: string[]) {
	const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8' });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;

describe('normalize --suggest', () => {
	it('writes a profile draft of the unmapped labels with three suggestions each, which --mapping takes back once edited', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-suggest-'));
		writeFileSync(
			join(dir, '2024年汇总.xlsx'),
			await makeWideWorkbook([
				{
					title: '2024年“安全生产月”活动汇总表',
					sheetName: '汇总',
					columns: [
						{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
						// 地方 straddles the 省 and 市县 levels: never summed on a guess.
						{ group: null, leaf: '地方媒体发稿（篇）', metricId: null },
						{ group: null, leaf: '发放宣传资料（份）', metricId: null }
					],
					rows: [
						{ region: '华池县', unit: '柔远镇', values: [3, 7, 1200] },
						{ region: '合水县', unit: '太白镇', values: [2, 4, 880] }
					]
				}
			])
		);
		const draftPath = join(dir, 'draft.json');
		const first = normalize(['--suggest', draftPath, dir]);
		expect(first.code, first.stderr).toBe(0);
		expect(first.stderr).toMatch(/映射草稿 \/ mapping draft/);
		expect(parse(first.stdout).filter((r) => r.label === '地方媒体发稿（篇）').map((r) => r.status)).toEqual(['unmapped', 'unmapped']);

		const draft = JSON.parse(readFileSync(draftPath, 'utf8')) as MappingDraft;
		expect(draft.format).toBe('anquanyue-mapping');
		expect(draft.help.zh).toMatch(/metricId/);
		const labels = draft.labels as DraftLabel[];
		expect(labels.map((l) => l.label).sort()).toEqual(['发放宣传资料（份）', '地方媒体发稿（篇）']);
		const media = labels.find((l) => l.label === '地方媒体发稿（篇）')!;
		expect(media.metricId).toBeNull();
		expect(media.count).toBe(2);
		expect(media.suggestions).toHaveLength(3);
		expect(media.suggestions.map((s) => s.metricId)).toContain('publicity.local_articles');
		for (const s of media.suggestions) {
			expect(s.why).toMatch(/量词“篇”相符/);
			expect(s.whyEn).toMatch(/media level differs/);
		}
		// As written the draft is a valid profile that decides nothing.
		expect(parseProfile(JSON.stringify(draft)).ok).toBe(true);

		// The user picks 市县 media for 地方 (their office's reading) and passes the draft back.
		media.metricId = 'publicity.local_articles' as unknown as null;
		writeFileSync(draftPath, JSON.stringify(draft));
		const second = normalize(['--mapping', draftPath, dir]);
		expect(second.code, second.stderr).toBe(0);
		const rows = parse(second.stdout);
		expect(rows.filter((r) => r.label === '地方媒体发稿（篇）').map((r) => [r.unit, r.metric_id, r.value, r.status])).toEqual([
			['柔远镇', 'publicity.local_articles', '7', 'ok'],
			['太白镇', 'publicity.local_articles', '4', 'ok']
		]);
		expect(rows.filter((r) => r.label === '发放宣传资料（份）').every((r) => r.status === 'unmapped')).toBe(true);
		expect(rows.filter((r) => r.metric_id === 'drills.events')).toHaveLength(2);
	});
});
