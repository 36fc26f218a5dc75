/**
 * The CLI lends the reader Node's own zlib for the .xlsx parts (read/inflate.ts): native code
 * inflates a short run's thousand parts in about half the CPU fflate takes while V8 is still
 * compiling it (docs/performance.md). The reader keeps fflate for every failure, so what it
 * reads, refuses and says is the same.
 */
import { inflateRawSync } from 'node:zlib';
import { lendInflater } from '../lib/read/inflate';
import { rememberingInflater } from './remembering-inflate';

lendInflater(rememberingInflater((src, maxOut) => inflateRawSync(src, { maxOutputLength: Math.max(1, maxOut) })));
