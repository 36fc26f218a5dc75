/**
 * A legacy BIFF5 .xls in code page 936 read in the browser: the parse worker
 * loads SheetJS's code-page tables only then (not at start), and the file's
 * Chinese labels come out as in Node (same facts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, ready, type App } from './harness';
import { gbkBiff5 } from '../fixtures/biff5';
import { processFile } from '../../src/lib/pipeline';

const dir = mkdtempSync(join(tmpdir(), 'e2e-codepages-'));
let app: App | undefined;

afterAll(async () => {
	await app?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('code pages on demand', () => {
	it('reads a GBK BIFF5 .xls, loading the code-page tables only for it', async () => {
		const name = '宝坻区明细（Excel95）.xls';
		const bytes = gbkBiff5([
			['年度', '地区', '单位', '活动', '指标', '数值'],
			[2021, '宝坻区', '宝平市场监管所', '6·16咨询日', '开展安全宣传咨询活动（场）', 7],
			[2021, '宝坻区', '宝平市场监管所', '6·16咨询日', '参与（人次）', 310],
			[2021, '宝坻区', '大口屯市场监管所', '应急演练', '开展灾害避险逃生、自救互救演练（场）', 4]
		]);
		const inNode = processFile({ name, bytes });
		const ok = inNode.facts.filter((f) => f.status === 'ok');
		expect(inNode.error ?? null).toBeNull();
		expect(ok.map((f) => f.unit)).toContain('宝平市场监管所');
		expect(ok.length).toBe(3);
		const path = join(dir, name);
		writeFileSync(path, bytes);

		app = await openApp('/?demo=0');
		const { page } = app;
		const workerChunks: string[] = [];
		page.on('request', (r) => {
			const p = new URL(r.url()).pathname;
			if (/\/workers\/chunks\/.+\.js$/.test(p)) workerChunks.push(p);
		});
		await ready(page);
		expect(workerChunks).toEqual([]);
		await page.getByTestId('file-input').setInputFiles([path]);
		await page.waitForSelector('[data-testid="ready"][data-files="1"]', { state: 'attached', timeout: 60_000 });
		const row = page.getByTestId('file-row');
		expect(await row.getAttribute('data-status')).toBe('read');
		expect(Number(await row.getByTestId('file-facts').getAttribute('data-n'))).toBe(ok.length);
		expect(workerChunks.length).toBe(1);
	});
});
