/** Token constructors and the per-measure words the sentences use. Pure. */
import type { Measure } from '../../query/filter';
import { changeOf } from '../summary';
import type { DraftLang, Part, Token, TokenQuery } from './model';

export function countToken(id: string, value: number, label: string, query: TokenQuery | null): Token {
	return { id, kind: 'count', value, label, query };
}

export function intToken(id: string, value: number, label: string, query: TokenQuery | null): Token {
	return { id, kind: 'int', value, label, query };
}

/** A share of a whole, 0..1 (the reporting rate: reported ÷ expected), written as the 名单 tab writes it (73.3%). */
export function rateToken(id: string, value: number, label: string): Token {
	return { id, kind: 'rate', value, label, query: null };
}

/** The change of `current` on `previous` as a token; null when there is nothing to compare (either missing, or previous 0). */
export function pctToken(id: string, current: number | null, previous: number | null, label: string, currentQuery: TokenQuery, previousQuery: TokenQuery): Token | null {
	const c = changeOf(current, previous);
	if (c.pct === null) return null;
	return { id, kind: 'pct', value: c.pct, label, query: currentQuery, change: { current: current!, previous: previous!, currentQuery, previousQuery } };
}

/** Parts without the nulls and empty strings a sentence builder leaves where a figure is missing. */
export const parts = (...ps: (Part | null | false | undefined | (Part | null)[])[]): Part[] =>
	ps.flat().filter((p): p is Part => p !== null && p !== undefined && p !== false && p !== '');

export interface MeasureWords {
	/** The measure as a total (参与人次). */
	name: string;
	/** The unit written after a figure (人次). */
	unit: string;
	/** As the subject of a ranking (参与人次最多). */
	rank: string;
}

export const MEASURE_WORDS: Record<DraftLang, Record<Measure, MeasureWords>> = {
	zh: {
		participation: { name: '参与人次', unit: '人次', rank: '参与人次' },
		sessions: { name: '活动场次', unit: '场次', rank: '开展活动场次' },
		hazards: { name: '隐患和问题', unit: '处', rank: '排查发现隐患和问题' },
		media: { name: '宣传报道和宣传品', unit: '件', rank: '制作刊发宣传报道和宣传品' }
	},
	en: {
		participation: { name: 'participation', unit: ' participations', rank: 'participation' },
		sessions: { name: 'sessions', unit: ' sessions', rank: 'sessions held' },
		hazards: { name: 'hazards and problems found', unit: '', rank: 'hazards and problems found' },
		media: { name: 'media items', unit: ' media items', rank: 'media items' }
	}
};

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十 (headings （一）…). */
export function zhOrdinal(n: number): string {
	if (n < 10) return ZH_DIGITS[n];
	if (n < 20) return '十' + ZH_DIGITS[n - 10];
	return ZH_DIGITS[Math.floor(n / 10)] + '十' + ZH_DIGITS[n % 10];
}

/** A list of names as the text writes it: A、B和C / A, B and C; at most `max`, then 等 / and others. */
export function nameList(names: readonly string[], lang: DraftLang, max = 3): string {
	const shown = names.slice(0, max);
	if (lang === 'zh') return shown.join('、') + (names.length > max ? '等' : '');
	return shown.join(', ') + (names.length > max ? ' and others' : '');
}
