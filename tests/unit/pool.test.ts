/**
 * The parse pool's bookkeeping, with a stand-in Worker under Vitest's fake
 * clock: what each worker reads takes a set time, so the time limits are
 * checked exactly. The real worker (the core on real files) runs in the e2e
 * tests; here it is the pool's part: files sent ahead, a file's time limit
 * running from when its worker starts on it (the pool infers that from the
 * order it posted the files in), a stuck or crashed worker replaced, and
 * every file answered once, in the input's order.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IngestPool, type IngestFile } from '../../src/lib/ingest/pool';
import type { IngestRequest, IngestResponse } from '../../src/lib/ingest/protocol';
import type { ReadFile } from '../../src/lib/model/digest';

/** How long the stand-in worker takes per file name (ms); 'hang' never answers, 'crash' takes the worker down. */
let readTime: Record<string, number | 'hang' | 'crash'> = {};
let workers: FakeWorker[] = [];

class FakeWorker {
	onmessage: ((e: MessageEvent<IngestResponse>) => void) | null = null;
	onerror: ((e: ErrorEvent) => void) | null = null;
	terminated = false;
	/** Names in the order this worker received them. */
	received: string[] = [];
	private chain: Promise<void> = Promise.resolve();

	constructor() {
		workers.push(this);
	}

	postMessage(msg: IngestRequest): void {
		this.received.push(msg.name);
		// Like the real worker: files are read one at a time, in the order they arrive.
		this.chain = this.chain.then(() => this.read(msg));
	}

	private read({ id, name, buffer }: IngestRequest): Promise<void> {
		const t = readTime[name] ?? 10;
		if (t === 'hang') return new Promise(() => undefined);
		return new Promise((resolve) =>
			setTimeout(() => {
				if (this.terminated) return;
				if (t === 'crash') {
					this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
					return;
				}
				const file = { digest: { fileId: name, file: name }, packed: null } as unknown as ReadFile;
				this.onmessage?.({ data: { id, ok: true, file, bytes: buffer } } as MessageEvent<IngestResponse>);
				resolve();
			}, typeof t === 'number' ? t : 10)
		);
	}

	terminate(): void {
		this.terminated = true;
	}
}

const file = (name: string, readDelay = 0): IngestFile => ({
	name,
	read: () => new Promise((resolve) => setTimeout(() => resolve(new TextEncoder().encode(name).buffer as ArrayBuffer), readDelay))
});

/** What came back for each file: its name when read, or the problem's code. */
const outcomes = (results: Awaited<ReturnType<IngestPool['processAll']>>) =>
	results.map((r) => (r.digest.error ? r.digest.error.code : (r.digest as { file: string }).file));

beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('Worker', FakeWorker);
	readTime = {};
	workers = [];
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('IngestPool', () => {
	it('answers every file once, in the input order, from files sent ahead to each worker', async () => {
		const pool = new IngestPool(2, 1_000);
		const names = Array.from({ length: 20 }, (_, i) => `f${i}`);
		names.forEach((n, i) => (readTime[n] = 5 + ((i * 7) % 13)));
		const done = pool.processAll(names.map((n) => file(n)));
		await vi.advanceTimersByTimeAsync(1_000);
		expect(outcomes(await done)).toEqual(names);
		// A second worker only for a real backlog; each got files ahead of the one it read.
		expect(workers.length).toBe(2);
		expect(workers.flatMap((w) => w.received).sort()).toEqual([...names].sort());
		pool.terminate();
	});

	it("runs a file's time limit from when its worker starts on it, not from when it was sent ahead", async () => {
		const pool = new IngestPool(1, 100);
		// One worker: b is sent while a is read (80 ms) and takes 60 ms itself: 140 ms after it was sent, 60 ms of its own.
		readTime = { a: 80, b: 60 };
		const done = pool.processAll([file('a'), file('b')]);
		await vi.advanceTimersByTimeAsync(500);
		expect(outcomes(await done)).toEqual(['a', 'b']);
		pool.terminate();
	});

	it('goes by the order the files were posted in, not the order they were given, when their bytes come late', async () => {
		const pool = new IngestPool(1, 100);
		// a's bytes take 30 ms to read, so b is posted first: the worker reads b (90 ms), then a (60 ms).
		// Counted from when a was posted, a would take 120 ms and time out; from when the worker starts on it, 60 ms.
		readTime = { a: 60, b: 90 };
		const done = pool.processAll([file('a', 30), file('b', 0)]);
		await vi.advanceTimersByTimeAsync(500);
		expect(outcomes(await done)).toEqual(['a', 'b']);
		expect(workers[0].received).toEqual(['b', 'a']);
		pool.terminate();
	});

	it('stops a stuck file at its time limit; the file sent ahead to that worker is read by a new one', async () => {
		const pool = new IngestPool(1, 100);
		readTime = { stuck: 'hang' };
		const done = pool.processAll([file('ok1'), file('stuck'), file('ahead'), file('ok2')]);
		await vi.advanceTimersByTimeAsync(99);
		expect(workers.some((w) => w.terminated)).toBe(false);
		await vi.advanceTimersByTimeAsync(400);
		expect(outcomes(await done)).toEqual(['ok1', 'read.timeout', 'ahead', 'ok2']);
		expect(workers[0].terminated).toBe(true);
		expect(workers[0].received).toContain('ahead');
		expect(workers[1].received).toEqual(expect.arrayContaining(['ahead', 'ok2']));
		pool.terminate();
	});

	it('reports the file a crashed worker was reading as failed and reads the rest with a new worker', async () => {
		const pool = new IngestPool(1, 1_000);
		readTime = { bad: 'crash' };
		const done = pool.processAll([file('bad'), file('next'), file('last')]);
		await vi.advanceTimersByTimeAsync(500);
		expect(outcomes(await done)).toEqual(['read.failed', 'next', 'last']);
		expect(workers.length).toBe(2);
		pool.terminate();
	});

	it('cancels every file not yet read, and stays usable', async () => {
		const pool = new IngestPool(1, 1_000);
		readTime = { a: 10, b: 200, c: 10 };
		const done = pool.processAll([file('a'), file('b'), file('c')]);
		await vi.advanceTimersByTimeAsync(50);
		pool.cancel();
		expect(outcomes(await done)).toEqual(['a', 'read.cancelled', 'read.cancelled']);
		const again = pool.processAll([file('d')]);
		await vi.advanceTimersByTimeAsync(50);
		expect(outcomes(await again)).toEqual(['d']);
		pool.terminate();
	});
});
