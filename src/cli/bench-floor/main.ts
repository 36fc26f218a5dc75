/**
 * The bench's control page (src/cli/bench-browser.ts): DuckDB-WASM alone, its
 * eh worker and wasm as the package ships them (not patched), from navigation
 * to its first query's answer on screen. Timed in the same runs as the app's
 * start, it shows how fast the machine is at that moment: the "first
 * query result about 1.3 s after navigation", measured again each time.
 */
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import wasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import worker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

async function main(): Promise<void> {
	const db = new AsyncDuckDB(new VoidLogger(), new Worker(worker));
	await db.instantiate(wasm);
	await db.open({});
	const conn = await db.connect();
	const answer = (await conn.query('SELECT 42 AS answer')).toArray()[0].answer;
	const p = document.createElement('p');
	p.dataset.testid = 'ready';
	p.textContent = String(answer);
	document.body.append(p);
}

void main();
