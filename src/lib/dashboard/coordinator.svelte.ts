/**
 * A small coordinator in the spirit of uwdata/mosaic: it owns the connection;
 * each view (KPI cards, a chart, the table) is a client that asks for its
 * queries under the current filter, and only the latest request of a client is
 * answered — an older one that finishes late resolves to `STALE` and is dropped.
 */
import { untrack } from 'svelte';
import type { BoundQuery, QueryRunner, Row } from '../db/types';

export class Coordinator {
	/** Requests in flight (for the `ready` marker). */
	pending = $state(0);
	/** Bumped whenever the tables are replaced, so every client re-queries. */
	version = $state(0);
	error = $state<string | null>(null);
	private latest = new Map<string, number>();
	private seq = 0;

	constructor(private runner: QueryRunner | null = null) {}

	attach(runner: QueryRunner): void {
		this.runner = runner;
		this.version++;
	}

	get attached(): boolean {
		return this.runner !== null;
	}

	/** One-off queries (exports, the report pack): straight to the connection, no latest-only bookkeeping. */
	async query(q: BoundQuery): Promise<Row[]> {
		if (!this.runner) throw new Error('数据库尚未打开 / the database is not open');
		return this.runner.query(q);
	}

	/** The tables changed: every client's view is out of date. */
	invalidate(): void {
		this.version++;
	}

	/**
	 * Run a client's queries and hand the rows to `apply` — unless a newer request
	 * of the same client was made meanwhile, in which case the rows are dropped.
	 * `pending` stays up until `apply` has run, so `ready` means "drawn".
	 */
	async request(client: string, queries: BoundQuery[], apply: (results: Row[][]) => void): Promise<boolean> {
		const id = ++this.seq;
		this.latest.set(client, id);
		const runner = this.runner;
		if (!runner) return false;
		const current = () => this.latest.get(client) === id;
		// Called from views' effects: bookkeeping must not make them depend on `pending`.
		untrack(() => this.pending++);
		try {
			const results: Row[][] = [];
			for (const q of queries) {
				if (!current()) return false;
				results.push(await runner.query(q));
			}
			if (!current()) return false;
			this.error = null;
			apply(results);
			return true;
		} catch (e) {
			if (current()) this.error = e instanceof Error ? e.message : String(e);
			return false;
		} finally {
			untrack(() => this.pending--);
		}
	}
}
