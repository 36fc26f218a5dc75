import { translate, type Lang, type MessageKey } from './dict';

export type { Lang, MessageKey } from './dict';

const STORAGE_KEY = 'aqy-lang';

function initialLang(): Lang {
	try {
		const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
		if (saved === 'zh' || saved === 'en') return saved;
	} catch {
		// localStorage can be blocked (private mode, file://): Chinese it is.
	}
	return 'zh';
}

/** The UI language as a runes store; the choice persists in localStorage. */
class I18n {
	lang = $state<Lang>(initialLang());

	set(lang: Lang): void {
		this.lang = lang;
		try {
			globalThis.localStorage?.setItem(STORAGE_KEY, lang);
		} catch {
			// Not persisting is fine.
		}
		if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
	}

	toggle(): void {
		this.set(this.lang === 'zh' ? 'en' : 'zh');
	}

	t = (key: MessageKey, vars?: Record<string, string | number>): string => translate(this.lang, key, vars);
}

export const i18n = new I18n();
export const t = i18n.t;
