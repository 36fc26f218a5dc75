/** The CJK-capable font stack used everywhere, charts included (no web fonts). */
// Single quotes: ECharts writes this into a double-quoted SVG style attribute, which must stay well-formed XML.
export const FONT_FAMILY = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

/** A number in full with thousands separators (never abbreviated to 万). */
export function formatNumber(n: number | null | undefined): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return '—';
	const rounded = Math.round(n * 100) / 100;
	const [int, frac] = Math.abs(rounded).toString().split('.');
	const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return (rounded < 0 ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

/** `+12.5%` / `-3.0%`; null when there is nothing to compare with. */
export function formatChange(current: number, previous: number): string | null {
	if (!Number.isFinite(previous) || previous === 0) return null;
	const pct = ((current - previous) / Math.abs(previous)) * 100;
	return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}
