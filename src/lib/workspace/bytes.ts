/** 1536 → "1.5 KB": storage sizes for people (binary units, one decimal under 10). */
export function formatBytes(n: number | null): string {
	if (n === null || !Number.isFinite(n) || n < 0) return '?';
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let i = 0;
	let v = n;
	while (v >= 1024 && i < units.length - 1) {
		v /= 1024;
		i++;
	}
	return `${i === 0 ? v : v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}
