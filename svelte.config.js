import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Plain files any intranet web server can host; index.html for every route.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Relative asset paths so the build also works from a sub-folder of an intranet server.
		paths: { relative: true },
		// Inline the stylesheets into index.html: the shell paints without waiting for another request.
		inlineStyleThreshold: Infinity,
		// Content-Security-Policy as a <meta> tag of the prerendered page: SvelteKit hashes its own
		// inline bootstrap script into script-src. Only the app's origin; WebAssembly (DuckDB)
		// needs 'wasm-unsafe-eval', the ingest and DuckDB workers 'self' (and blob:), ECharts
		// and Svelte set inline styles, PNG export uses data:/blob: images. Nothing from a file
		// can load a script, an image from elsewhere or post a form. (frame-ancestors cannot be
		// set in a <meta> tag: servers send it as a header, see README.)
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// No 'unsafe-eval': nothing in the bundle compiles strings (src/lib/db/arrow.ts builds
				// Arrow columns with makeData, not vectorFromArray, whose null check uses new Function()).
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
