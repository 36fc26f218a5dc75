#!/usr/bin/env node
// Serves the static build (build/) on localhost — what `npm start` runs after `vite build`.
// Any intranet web server can host build/ the same way; see README.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv',
	'.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	'.xls': 'application/vnd.ms-excel'
};

/**
 * The file to send for a path: itself, or a folder's index.html.
 * @param {string} path
 * @returns {Promise<string | null>}
 */
async function file(path) {
	try {
		const s = await stat(path);
		return s.isFile() ? path : s.isDirectory() ? file(join(path, 'index.html')) : null;
	} catch {
		return null;
	}
}

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const path = normalize(join(root, decodeURIComponent(url.pathname)));
	if (!path.startsWith(root)) {
		res.writeHead(403).end();
		return;
	}
	const found = (await file(path)) ?? (await file(path + '.html'));
	if (!found) {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 未找到 / not found');
		return;
	}
	const body = await readFile(found);
	res.writeHead(200, {
		'content-type': TYPES[extname(found)] ?? 'application/octet-stream',
		'cache-control': found.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
		'x-content-type-options': 'nosniff'
	});
	res.end(body);
});

server.listen(port, host, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(`安全月看板 已启动 / running at: http://localhost:${actual}/`);
});
