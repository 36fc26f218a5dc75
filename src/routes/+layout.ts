// A static single page. The shell (header, drop zone, empty panels) is rendered at build time
// into index.html, so it paints as soon as the HTML and CSS arrive, before any JavaScript runs;
// the browser then hydrates it and does everything else (DuckDB, workers, files) itself.
// Importing early-db starts DuckDB right away (see there).
import './early-db';

export const prerender = true;
export const ssr = true;
