/**
 * The bundled demo data set: `demo/manifest.json` (a JSON array of file names
 * next to the page) lists files that go through the same import path as
 * dropped ones. No manifest, no demo.
 */
import type { IngestFile } from './pool';

/** `base`: the page's URL (document.baseURI), so the demo works from any sub-folder of a server. */
export async function demoFiles(base: string, fetcher: typeof fetch = fetch): Promise<IngestFile[]> {
	let names: unknown;
	try {
		const res = await fetcher(new URL('demo/manifest.json', base).href);
		if (!res.ok) return [];
		names = await res.json();
	} catch {
		return [];
	}
	if (!Array.isArray(names)) return [];
	return names
		.filter((n): n is string => typeof n === 'string' && n !== '')
		.map((name) => ({
			name,
			read: async () => {
				const res = await fetcher(new URL(`demo/${name.split('/').map(encodeURIComponent).join('/')}`, base).href);
				if (!res.ok) throw new Error(`HTTP ${res.status}`);
				return res.arrayBuffer();
			}
		}));
}
