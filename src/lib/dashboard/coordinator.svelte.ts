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
	/** Requests made in this turn, not yet started. */
	private queue: Job[] = [];

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
	 *
	 * Requests made in the same turn (the views' effects after one filter change)
	 * form a batch: their queries run one after the other (the connection runs one
	 * at a time anyway) and the answers still current are applied together, so
	 * the page updates and repaints once per filter change, not once per view.
	 */
	request(client: string, queries: BoundQuery[], apply: (results: Row[][]) => void): Promise<boolean> {
		const id = ++this.seq;
		this.latest.set(client, id);
		const runner = this.runner;
		if (!runner) return Promise.resolve(false);
		// Called from views' effects: bookkeeping must not make them depend on `pending`.
		untrack(() => this.pending++);
		return new Promise((resolve) => {
			this.queue.push({ client, id, runner, queries, apply, resolve });
			if (this.queue.length === 1) queueMicrotask(() => void this.drain());
		});
	}

	private isCurrent(job: Job): boolean {
		return this.latest.get(job.client) === job.id;
	}

	private async drain(): Promise<void> {
		const batch = this.queue;
		this.queue = [];
		const answered: { job: Job; results: Row[][] }[] = [];
		const outcome = new Map<Job, boolean>();
		for (const job of batch) {
			try {
				const results: Row[][] = [];
				for (const q of job.queries) {
					if (!this.isCurrent(job)) break;
					results.push(await job.runner.query(q));
				}
				if (results.length === job.queries.length) answered.push({ job, results });
			} catch (e) {
				if (this.isCurrent(job)) this.error = e instanceof Error ? e.message : String(e);
				outcome.set(job, false);
			}
		}
		try {
			for (const { job, results } of answered) {
				if (!this.isCurrent(job)) continue;
				this.error = null;
				try {
					job.apply(results);
					outcome.set(job, true);
				} catch (e) {
					this.error = e instanceof Error ? e.message : String(e);
				}
			}
		} finally {
			for (const job of batch) job.resolve(outcome.get(job) ?? false);
			untrack(() => (this.pending -= batch.length));
		}
	}
}

interface Job {
	client: string;
	id: number;
	runner: QueryRunner;
	queries: BoundQuery[];
	apply: (results: Row[][]) => void;
	resolve: (ok: boolean) => void;
}
