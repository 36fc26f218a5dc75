/**
 * How many facts one browser tab holds. Measured on a 2-core machine
 * (`npm run bench`): a million facts settle at ~510 MB for the tab, with
 * peaks near 2 GB while the files are read and the tables built. Past the
 * warning the user is told; a file that would take the total past the limit is
 * refused with the reason (the rest of the batch loads), and the CLI is the way
 * for larger collections (README: "Parquet output, partitioned by year").
 */
import { problem } from '../base/problem';
import { failedResult } from './pool';
import { splitResult, type ReadFile } from '../model/digest';

export interface Capacity {
	/** Above this many facts, the user is warned. */
	warn: number;
	/** No file is loaded that would take the total above this. */
	max: number;
}

export const CAPACITY: Capacity = { warn: 1_500_000, max: 3_000_000 };

/** `?maxFacts=N` lowers the limit (a machine with little memory); the warning comes at half of it. Never above the default. */
export function capacityFrom(param: string | null): Capacity {
	const n = Number(param);
	if (!param || !Number.isInteger(n) || n <= 0 || n >= CAPACITY.max) return CAPACITY;
	return { max: n, warn: Math.min(CAPACITY.warn, Math.floor(n / 2)) };
}

/** What to tell the user after an import: files refused, or the warning the first time the total passes it (null: nothing). */
export function capacityNotice(admitted: { total: number; refused: string[] }, before: number, capacity: Capacity): { names: string[]; zh: string; en: string } | null {
	const max = { zh: capacity.max.toLocaleString('zh-CN'), en: capacity.max.toLocaleString('en') };
	const { total, refused } = admitted;
	if (refused.length)
		return {
			names: refused,
			zh: `超出容量上限（${max.zh} 条数据），未载入：${refused.join('、')}。大批文件请用命令行工具 normalize。`,
			en: `Past the limit of ${max.en} facts, not loaded: ${refused.join(', ')}. For large collections use the normalize command-line tool.`
		};
	if (total > capacity.warn && before <= capacity.warn)
		return {
			names: [],
			zh: `已载入 ${total.toLocaleString('zh-CN')} 条数据，接近本页面的容量（上限 ${max.zh} 条）：浏览器占用内存较多，操作可能变慢。`,
			en: `${total.toLocaleString('en')} facts loaded, near this page's capacity (${max.en}): the browser uses a lot of memory and may slow down.`
		};
	return null;
}

/** The facts a read file brings. */
export const factsOf = (f: ReadFile): number => f.packed.n;

/**
 * Files in order, each admitted while the total stays within `max`; a file
 * that does not fit comes back as an error (its facts are not kept), and later
 * smaller files may still fit.
 */
export function admit(files: ReadFile[], loaded: number, capacity: Capacity): { files: ReadFile[]; total: number; refused: string[] } {
	let total = loaded;
	const refused: string[] = [];
	const out = files.map((f) => {
		const n = factsOf(f);
		if (total + n <= capacity.max) {
			total += n;
			return f;
		}
		refused.push(f.digest.file);
		return splitResult({
			...failedResult(f.digest.file, ''),
			error: problem(
				'error',
				'read.capacity',
				`未载入：此文件有 ${n.toLocaleString('zh-CN')} 条数据，载入后将超过本页面的容量上限 ${capacity.max.toLocaleString('zh-CN')} 条（已载入 ${total.toLocaleString('zh-CN')} 条）。请移除部分文件，或用命令行工具 normalize 处理整批文件。`,
				`Not loaded: this file holds ${n.toLocaleString('en')} facts, which would take the page past its limit of ${capacity.max.toLocaleString('en')} facts (${total.toLocaleString('en')} loaded). Remove some files, or use the normalize command-line tool for the whole collection.`
			)
		});
	});
	return { files: out, total, refused };
}
