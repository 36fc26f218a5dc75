import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expectedStatus, OFF_ROSTER_UNIT, rosterLines, rosterXlsx, sentFiles } from '../fixtures/roster';
import { makeFormWorkbook, randomValues, rng } from '../fixtures/forms';
import { encodeWorkspace } from '../../src/lib/workspace/file-format';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'src/cli/normalize.ts');

const normalize = (args: string[]) => spawnSync(TSX, [CLI, ...args], { encoding: 'utf8' });

/** The collection round's roster list and 22 files, written to a fresh folder (files under in/). */
async function round() {
	const dir = mkdtempSync(join(tmpdir(), 'cli-roster-'));
	const lines = rosterLines();
	writeFileSync(join(dir, 'roster.xlsx'), await rosterXlsx(lines));
	mkdirSync(join(dir, 'in'));
	for (const f of await sentFiles(lines)) writeFileSync(join(dir, 'in', f.name), f.bytes);
	return { dir, lines };
}

describe('normalize --roster --status', () => {
	it('writes one row per roster unit and year with status, file, date, contact and phone, then the filer on no roster; counts on stderr', async () => {
		const { dir, lines } = await round();
		const status = join(dir, 'status.csv');
		const r = normalize(['--roster', join(dir, 'roster.xlsx'), '--status', status, '--interim-due', '6月10日', '--final-due', '06-24', '--out', join(dir, 'facts.csv'), join(dir, 'in')]);
		expect(r.status).toBe(1); // the unreadable file
		expect(r.stderr).toContain('2024: 应报 30 · 已报 18（60%）· 终报 14 · 逾期 1 · 仅报中期 3 · 无法读取 1 · 未报 11 · 名单外 1');
		const text = readFileSync(status, 'utf8');
		expect(text.startsWith('\uFEFFyear,unit,region,status,status_zh,file,filed_on,contact,phone\r\n')).toBe(true);
		const rows = Papa.parse<Record<string, string>>(text.slice(1).trim(), { header: true }).data;
		expect(rows.length).toBe(31);
		expect(rows.slice(0, 30).map((x) => [x.year, x.unit, x.region, x.status])).toEqual(lines.map((l) => ['2024', l.name, l.region, expectedStatus(l.plan)]));
		const late = lines.findIndex((l) => l.plan === 'late');
		expect(rows[late]).toMatchObject({ status_zh: '逾期', file: `${lines[late].region}${lines[late].name}安全生产月统计表（补报）.xlsx`, filed_on: '2024-06-28', contact: lines[late].formContact, phone: lines[late].formPhone });
		const missing = lines.findIndex((l) => l.plan === 'missing');
		expect(rows[missing]).toMatchObject({ status_zh: '未报', file: '', filed_on: '', contact: lines[missing].contact, phone: lines[missing].phone });
		const unreadable = lines.findIndex((l) => l.plan === 'unreadable');
		expect(rows[unreadable]).toMatchObject({ status_zh: '无法读取', file: `2024年${lines[unreadable].name}安全生产月统计表.xlsx` });
		expect(rows[30]).toMatchObject({ unit: OFF_ROSTER_UNIT, region: '宁县', status: 'off-roster', status_zh: '名单外', filed_on: '2024-06-21' });
	}, 120_000);

	it('--merges (an .aqy or its merges JSON) applies the unit merges accepted in the page before matching, to the status and the facts', async () => {
		const { dir, lines } = await round();
		// 永和镇 (interim only) sends its final form as 永和真; the page's 检查 merged 永和镇 into 永和真.
		const typo = await makeFormWorkbook({ unit: '永和真', year: 2024, filedOn: '2024-06-20', template: '2021', values: randomValues('2021', rng(77)), layout: { headerLine: 'merged' }, fileName: '正宁县永和真安全生产月统计表（终报）.xlsx' });
		writeFileSync(join(dir, 'in', typo.fileName), typo.bytes);
		const decisions = { accepted: [{ from: '永和镇', to: '永和真', region: '正宁县' }], rejected: [] };
		writeFileSync(join(dir, 'merges.json'), JSON.stringify(decisions));
		writeFileSync(join(dir, 'work.aqy'), encodeWorkspace({ files: [], decisions: { files: {}, merges: decisions, demo: [] } }));
		const run = (extra: string[]) => {
			const status = join(dir, `status-${extra.length}-${extra.join('').length}.csv`);
			const facts = join(dir, `facts-${extra.length}-${extra.join('').length}.csv`);
			const r = normalize(['--roster', join(dir, 'roster.xlsx'), '--status', status, '--interim-due', '6月10日', '--final-due', '06-24', '--out', facts, ...extra, join(dir, 'in')]);
			const rows = Papa.parse<Record<string, string>>(readFileSync(status, 'utf8').slice(1).trim(), { header: true }).data;
			const units = new Set(Papa.parse<Record<string, string>>(readFileSync(facts, 'utf8').trim(), { header: true }).data.map((x) => x.unit));
			return { r, rows, units };
		};
		const before = run([]);
		expect(before.r.stderr).toContain('终报 14 · 逾期 1 · 仅报中期 3 · 无法读取 1 · 未报 11 · 名单外 2');
		expect(before.rows.find((x) => x.unit === '永和镇')?.status).toBe('interim');
		for (const file of ['merges.json', 'work.aqy']) {
			const after = run(['--merges', join(dir, file)]);
			expect(after.r.stderr).toContain('2024: 应报 30 · 已报 18（60%）· 终报 15 · 逾期 1 · 仅报中期 2 · 无法读取 1 · 未报 11 · 名单外 1');
			expect(after.rows.find((x) => x.unit === '永和镇')).toMatchObject({ status: 'final', file: typo.fileName, filed_on: '2024-06-20' });
			expect(after.rows.filter((x) => x.status === 'off-roster').map((x) => x.unit)).toEqual([OFF_ROSTER_UNIT]);
			expect(after.units.has('永和真')).toBe(true);
			expect(after.units.has('永和镇')).toBe(false);
		}
		writeFileSync(join(dir, 'bad.json'), JSON.stringify({ accepted: [{ from: '' }] }));
		const bad = normalize(['--merges', join(dir, 'bad.json'), join(dir, 'in')]);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('单位合并决定无效');
	}, 180_000);

	it('refuses --roster without --status, a bad deadline, and a list that names no unit (exit 2)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-roster-'));
		writeFileSync(join(dir, 'empty.csv'), '单位,地区\r\n');
		writeFileSync(join(dir, 'a.csv'), 'year,unit,activity,metric,value\r\n');
		expect(normalize(['--roster', join(dir, 'empty.csv'), dir]).status).toBe(2);
		expect(normalize(['--roster', join(dir, 'empty.csv'), '--status', join(dir, 's.csv'), '--final-due', 'soon', dir]).status).toBe(2);
		const r = normalize(['--roster', join(dir, 'empty.csv'), '--status', join(dir, 's.csv'), join(dir, 'a.csv')]);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('应报单位名单中没有单位');
	}, 60_000);
});
