import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { duckdbWorkerPatch } from './scripts/duckdb-worker-patch.ts';

export default defineConfig({
	// DuckDB's worker scripts with a faster start-up (see scripts/duckdb-worker-patch.ts).
	plugins: [duckdbWorkerPatch(), sveltekit()],
	// SOURCEMAP=1 for looking into the bundle (what each chunk holds); never in the shipped build.
	build: { sourcemap: !!process.env.SOURCEMAP },
	worker: { format: 'es' },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 }
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					testTimeout: 180_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
