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
	// A change that rounds to nothing has no sign (never "-0.0%").
	if (Math.abs(pct) < 0.05) return '0.0%';
	return `${pct > 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

export type NumberLang = 'zh' | 'en';

const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/**
 * An axis tick short enough to sit beside its neighbours: 万/亿 in Chinese
 * (12万, 1.5亿), K/M/B in English (120K, 1.5M); below ten thousand (zh) or
 * a thousand (en) the number in full.
 */
export function formatAxisNumber(n: number, lang: NumberLang): string {
	if (!Number.isFinite(n)) return '—';
	const sign = n < 0 ? '-' : '';
	const a = Math.abs(n);
	if (lang === 'zh') {
		if (a >= 1e8) return `${sign}${trim(a / 1e8, 2)}亿`;
		if (a >= 1e4) return `${sign}${trim(a / 1e4, 2)}万`;
		return formatNumber(n);
	}
	if (a >= 1e9) return `${sign}${trim(a / 1e9, 2)}B`;
	if (a >= 1e6) return `${sign}${trim(a / 1e6, 2)}M`;
	if (a >= 1e3) return `${sign}${trim(a / 1e3, 2)}K`;
	return formatNumber(n);
}
