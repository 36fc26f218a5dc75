// A static single page. The shell (header, drop zone, empty panels) is rendered at build time
// into index.html, so it paints as soon as the HTML and CSS arrive, before any JavaScript runs;
// the browser then hydrates it and does everything else (DuckDB, workers, files) itself.
import { dbModule } from './early-db';

export const prerender = true;
export const ssr = true;

// DuckDB starts before the page hydrates (see early-db.ts).
export async function load() {
	await dbModule;
	return {};
}
