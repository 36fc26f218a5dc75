/**
 * Figures as a 总结报告 writes them: in 万 (and 亿) past ten thousand with
 * three significant digits (1.26万, 12.6万, 126万, 1934万), smaller numbers in
 * full; changes as 增长8.3% / 下降5.1% / 持平. The exact value stays on the token. Pure.
 */
import { formatNumber } from '../../chart/format';

export type DraftLang = 'zh' | 'en';

/** `x` with three significant digits but never fewer than the integer part, trailing zeros dropped. */
function sig3(x: number): string {
	const digits = x >= 100 ? 0 : x >= 10 ? 1 : 2;
	return x.toFixed(digits).replace(/\.?0+$/, '');
}

export function formatReportNumber(v: number, lang: DraftLang): string {
	const a = Math.abs(v);
	const sign = v < 0 ? '-' : '';
	if (lang === 'zh') {
		if (a >= 1e8 && Number(sig3(a / 1e8)) < 1e4) return `${sign}${sig3(a / 1e8)}亿`;
		// 9,999,999 would round to 1000万: written 1000万 rather than 0.1亿.
		if (a >= 1e4) return `${sign}${sig3(a / 1e4)}万`;
		return formatNumber(v);
	}
	if (a >= 1e9) return `${sign}${sig3(a / 1e9)} billion`;
	if (a >= 1e6) return `${sign}${sig3(a / 1e6)} million`;
	return formatNumber(v);
}

/** The change rounded to one decimal, as the text shows it; 0 when it rounds to 0.0. */
export function roundedPct(pct: number): number {
	const r = Math.round(pct * 10) / 10;
	return Object.is(r, -0) ? 0 : r;
}

/** 增长8.3% / 下降5.1% / 持平 (en: up 8.3% / down 5.1% / unchanged). */
export function formatPct(pct: number, lang: DraftLang): string {
	const r = roundedPct(pct);
	const abs = Math.abs(r).toFixed(1);
	if (lang === 'zh') return r > 0 ? `增长${abs}%` : r < 0 ? `下降${abs}%` : '持平';
	return r > 0 ? `up ${abs}%` : r < 0 ? `down ${abs}%` : 'unchanged';
}
