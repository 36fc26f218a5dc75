/**
 * Start-up JavaScript alone: the bench's `js_gzip_kb` (src/cli/bench-browser.ts) without the rest of the
 * bench. The built app (build/, or the folder given) opened in headless Chromium with the demo: every
 * `.js`/`.mjs` response of the page and its workers until the ready marker, gzipped, each path once.
 *
 *   npx vite build && npx tsx scripts/start-js.ts [buildDir] [--files]
 */
import { openApp, ready } from '../tests/e2e/harness';
import { countScripts } from '../src/cli/bench-browser';

const args = process.argv.slice(2);
const buildDir = args.find((a) => !a.startsWith('--')) ?? 'build';
const js = new Map<string, number>();
const app = await openApp('/', { settle: true, buildDir });
try {
	const counted = countScripts(app.page, js);
	await ready(app.page);
	await counted();
} finally {
	await app.close();
}
if (args.includes('--files')) for (const [path, n] of [...js].sort((a, b) => b[1] - a[1])) console.log(`${(n / 1024).toFixed(1).padStart(7)} KB  ${path}`);
const kb = [...js.values()].reduce((s, n) => s + n, 0) / 1024;
console.log(`start-up JavaScript (${buildDir}): ${js.size} files, ${kb.toFixed(1)} KB gzipped`);
