import { translate, type Lang, type MessageKey } from './dict';

/** A message in both languages, for messages kept after they are shown (the user may switch language). */
export interface Bilingual {
	zh: string;
	en: string;
}

/** A value to fill in: lists are joined the way each language joins them; a Bilingual gives each its own. */
type Var = string | number | string[] | Bilingual;

export function bilingual(key: MessageKey, vars: Record<string, Var> = {}): Bilingual {
	const fill = (lang: Lang) =>
		Object.fromEntries(
			Object.entries(vars).map(([k, v]) => [k, Array.isArray(v) ? v.join(lang === 'zh' ? '、' : ', ') : typeof v === 'object' ? v[lang] : v])
		);
	return { zh: translate('zh', key, fill('zh')), en: translate('en', key, fill('en')) };
}
