/**
 * Screenshots of the dashboard and each tab at 1440, 1024 and 390 px wide, in
 * Chinese (and the dashboard in English), taken in headless Chromium against the
 * built app with the demo data: `npm run build && npx tsx scripts/screenshots.ts [outDir]`.
 * Writes docs/screenshots/<tab>-<width>[-en].png unless told another folder.
 *
 * A page is cut at MAX_HEIGHT: below that the dashboard is the data table's
 * rows, which say nothing more about the layout and would only make the files big.
 * When pngquant is on the PATH (Debian: apt-get install pngquant) the files are
 * quantized to a palette, a third of their size.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ready } from '../tests/e2e/harness';

const WIDTHS = [1440, 1024, 390] as const;
const TABS = ['dashboard', 'report', 'mapping', 'checks'] as const;
const MAX_HEIGHT = 2600;

const outDir = process.argv[2] ?? 'docs/screenshots';

function quantize(path: string) {
	try {
		execFileSync('pngquant', ['--quality=70-90', '--strip', '--force', '--output', path, path], { stdio: 'ignore' });
	} catch {
		// pngquant missing (or it could not reach the quality): the screenshot stays as Chromium wrote it.
	}
}
mkdirSync(outDir, { recursive: true });

const app = await openApp('/');
try {
	const { page } = app;
	await ready(page);
	await page.waitForSelector('[data-testid="ready"][data-checks="done"]', { state: 'attached' });
	for (const lang of ['zh', 'en'] as const) {
		if (lang === 'en') await page.getByTestId('lang-switch').click();
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 900 });
			for (const tab of lang === 'zh' ? TABS : (['dashboard'] as const)) {
				await page.getByTestId(`tab-${tab}`).click();
				await page.locator(`#panel-${tab}`).waitFor();
				await page.waitForLoadState('networkidle');
				// Charts redraw on resize (ResizeObserver → ECharts), without animation after the first time.
				await page.waitForTimeout(700);
				const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
				const path = join(outDir, `${tab}-${width}${lang === 'en' ? '-en' : ''}.png`);
				await page.screenshot({ path, clip: { x: 0, y: 0, width, height }, fullPage: true });
				quantize(path);
				console.log(path);
			}
		}
	}
} finally {
	await app.close();
}
