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
	// The few small demo files are all requested at once (not one by one as workers free up), so the
	// parse never waits on a round trip; each file is still read through the pool like a dropped one.
	return names
		.filter((n): n is string => typeof n === 'string' && n !== '')
		.map((name) => {
			const bytes = fetcher(new URL(`demo/${name.split('/').map(encodeURIComponent).join('/')}`, base).href).then((res) => {
				if (!res.ok) throw new Error(`HTTP ${res.status}`);
				return res.arrayBuffer();
			});
			// A failed request is reported when the pool reads the file, not as an unhandled rejection meanwhile.
			bytes.catch(() => undefined);
			// A copy per read: the pool transfers the buffer it is given to a worker.
			return { name, read: () => bytes.then((b) => b.slice(0)) };
		});
}
