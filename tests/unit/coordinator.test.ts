/**
 * The dashboard's coordinator (dashboard/coordinator.svelte.ts) over a query
 * runner whose answers the test releases one by one: a batch's queries run one
 * at a time and its answers are applied together (one repaint per filter
 * change); only the latest request of a view is answered — one superseded
 * before its turn is never sent, one superseded while it runs has its rows
 * dropped; an error is shown and `pending` comes back to 0 whatever happens.
 */
import { describe, expect, it } from 'vitest';
import { Coordinator } from '../../src/lib/dashboard/coordinator.svelte';
import type { BoundQuery, QueryRunner, Row } from '../../src/lib/db/types';

/** A runner that answers only when told to: `answer(sql)` resolves the query with that text. */
function heldRunner() {
	const waiting: { q: BoundQuery; resolve: (rows: Row[]) => void; reject: (e: Error) => void }[] = [];
	const sent: string[] = [];
	const runner: QueryRunner = {
		query: (q) =>
			new Promise((resolve, reject) => {
				sent.push(q.sql);
				waiting.push({ q, resolve, reject });
			})
	};
	const take = (sql: string) => {
		const i = waiting.findIndex((s) => s.q.sql === sql);
		if (i < 0) throw new Error(`${sql} is not waiting for an answer`);
		return waiting.splice(i, 1)[0];
	};
	return {
		runner,
		/** Every query sent so far, in order. */
		sent,
		answer: (sql: string, rows: Row[] = [{ sql }]) => take(sql).resolve(rows),
		fail: (sql: string, message: string) => take(sql).reject(new Error(message))
	};
}

const q = (sql: string): BoundQuery => ({ sql, params: [] });
/** Lets every pending promise reaction run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('coordinator', () => {
	it('runs a batch’s queries one at a time and applies the answers together', async () => {
		const db = heldRunner();
		const c = new Coordinator(db.runner);
		const applied: string[] = [];
		const a = c.request('a', [q('a1'), q('a2')], (r) => applied.push(`a:${r.map((rows) => rows[0].sql).join(',')}`));
		const b = c.request('b', [q('b1')], () => applied.push('b'));
		expect(c.pending).toBe(2);
		await settle();
		expect(db.sent).toEqual(['a1']);
		db.answer('a1');
		await settle();
		expect(db.sent).toEqual(['a1', 'a2']);
		db.answer('a2');
		await settle();
		expect(db.sent).toEqual(['a1', 'a2', 'b1']);
		// a's answers are in, but the batch is applied only as a whole.
		expect(applied).toEqual([]);
		expect(c.pending).toBe(2);
		db.answer('b1');
		expect(await a).toBe(true);
		expect(await b).toBe(true);
		expect(applied).toEqual(['a:a1,a2', 'b']);
		expect(c.pending).toBe(0);
	});

	it('answers only the latest request of a view: one superseded before its turn is never sent, one superseded while it runs is dropped', async () => {
		const db = heldRunner();
		const c = new Coordinator(db.runner);
		const applied: string[] = [];
		const old = c.request('a', [q('old')], () => applied.push('old'));
		await settle();
		expect(db.sent).toEqual(['old']);
		// While `old` runs: a newer request of the same view, and two of another view in the same turn.
		const newer = c.request('a', [q('new')], () => applied.push('new'));
		const never = c.request('b', [q('never')], () => applied.push('never'));
		const latest = c.request('b', [q('latest')], () => applied.push('latest'));
		db.answer('old');
		expect(await old).toBe(false);
		await settle();
		db.answer('new');
		await settle();
		db.answer('latest');
		expect(await newer).toBe(true);
		expect(await never).toBe(false);
		expect(await latest).toBe(true);
		expect(db.sent).toEqual(['old', 'new', 'latest']);
		expect(applied).toEqual(['new', 'latest']);
		expect(c.pending).toBe(0);
	});

	it('shows a current request’s error, not a superseded one’s; a view drawn later clears it', async () => {
		const db = heldRunner();
		const c = new Coordinator(db.runner);
		const stale = c.request('a', [q('stale')], () => undefined);
		await settle();
		const failing = c.request('a', [q('bad')], () => undefined);
		db.fail('stale', 'old failure');
		expect(await stale).toBe(false);
		expect(c.error).toBeNull();
		await settle();
		db.fail('bad', 'no such table');
		expect(await failing).toBe(false);
		expect(c.error).toBe('no such table');
		expect(c.pending).toBe(0);
		const ok = c.request('b', [q('fine')], () => undefined);
		await settle();
		db.answer('fine');
		expect(await ok).toBe(true);
		expect(c.error).toBeNull();
	});

	it('asks nothing before a database is attached; after that every view is asked again (version)', async () => {
		const db = heldRunner();
		const c = new Coordinator();
		expect(await c.request('a', [q('early')], () => undefined)).toBe(false);
		expect(c.pending).toBe(0);
		const v = c.version;
		c.attach(db.runner);
		expect(c.version).toBe(v + 1);
		c.invalidate();
		expect(c.version).toBe(v + 2);
		const later = c.request('a', [q('later')], () => undefined);
		await settle();
		db.answer('later');
		expect(await later).toBe(true);
		expect(db.sent).toEqual(['later']);
	});
});
