/**
 * The clerk's choices on the draft, kept in the workspace: sentences and
 * paragraphs switched off, and sentences reworded. An edit is keyed by the
 * sentence's stable id and holds the wording as a template whose `{tokenId}`
 * marks stay live figures: when new files change the numbers the edited text
 * shows the new ones; when a figure it names is gone, the edit no longer
 * applies and the generated sentence shows (the edit is kept, marked stale). Pure.
 */
import { isToken, type Draft, type DraftLang, type Part, type Sentence } from './model';

export interface SentenceEdit {
	lang: DraftLang;
	template: string;
}

export interface DraftEdits {
	/** Ids of sentences and paragraphs switched off. */
	off: string[];
	/** Reworded sentences by id. */
	texts: Record<string, SentenceEdit>;
}

export const emptyDraftEdits = (): DraftEdits => ({ off: [], texts: {} });

const MARK = /\{([A-Za-z0-9_.-]+)\}/g;

/** A sentence as an editable template: its text with `{id}` where each figure sits. Braces typed as text are dropped. */
export function sentenceTemplate(s: Sentence): string {
	return s.parts.map((p) => (isToken(p) ? `{${p.id}}` : p.replace(/[{}]/g, ''))).join('');
}

/** The template's parts with the sentence's live tokens; null when it names a figure the sentence no longer has. */
export function templateParts(template: string, s: Sentence): Part[] | null {
	const tokens = new Map(s.parts.filter(isToken).map((t) => [t.id, t]));
	const out: Part[] = [];
	let last = 0;
	for (const m of template.matchAll(MARK)) {
		const t = tokens.get(m[1]);
		if (!t) return null;
		if (m.index! > last) out.push(template.slice(last, m.index));
		out.push(t);
		last = m.index! + m[0].length;
	}
	if (last < template.length) out.push(template.slice(last));
	return out;
}

export type EditState = 'none' | 'applied' | 'stale';

export interface ViewSentence extends Sentence {
	off: boolean;
	edit: EditState;
	/** The generated sentence (what a reset brings back). */
	generated: Sentence;
}

export interface ViewParagraph {
	id: string;
	heading?: string;
	off: boolean;
	sentences: ViewSentence[];
}

/** The draft with the edits applied, every sentence still listed (switched-off ones marked) for the editor. */
export function viewDraft(d: Draft, edits: DraftEdits): ViewParagraph[] {
	const off = new Set(edits.off);
	return d.paragraphs.map((p) => ({
		id: p.id,
		heading: p.heading,
		off: off.has(p.id),
		sentences: p.sentences.map((s) => {
			const e = edits.texts[s.id];
			const edited = e && e.lang === d.lang ? templateParts(e.template, s) : null;
			const edit: EditState = !e || e.lang !== d.lang ? 'none' : edited ? 'applied' : 'stale';
			return { id: s.id, parts: edited ?? s.parts, off: off.has(s.id), edit, generated: s };
		})
	}));
}

/** The draft as it is to be exported: switched-off parts gone, edits applied. */
export function finalDraft(d: Draft, edits: DraftEdits): Draft {
	const paragraphs = viewDraft(d, edits)
		.filter((p) => !p.off)
		.map((p) => ({ id: p.id, heading: p.heading, sentences: p.sentences.filter((s) => !s.off).map((s) => ({ id: s.id, parts: s.parts })) }))
		.filter((p) => p.sentences.length > 0);
	return { ...d, paragraphs };
}

export function toggleOff(edits: DraftEdits, id: string): DraftEdits {
	return { ...edits, off: edits.off.includes(id) ? edits.off.filter((x) => x !== id) : [...edits.off, id] };
}

export function setSentenceText(edits: DraftEdits, id: string, edit: SentenceEdit | null): DraftEdits {
	const texts = { ...edits.texts };
	if (edit) texts[id] = edit;
	else delete texts[id];
	return { ...edits, texts };
}

/** Edits read back from storage or a workspace file: anything malformed is dropped, never trusted. */
export function readDraftEdits(v: unknown): DraftEdits {
	const out = emptyDraftEdits();
	if (!v || typeof v !== 'object') return out;
	const o = v as { off?: unknown; texts?: unknown };
	if (Array.isArray(o.off)) out.off = o.off.filter((x): x is string => typeof x === 'string' && x.length <= 200);
	if (o.texts && typeof o.texts === 'object') {
		for (const [id, e] of Object.entries(o.texts as Record<string, unknown>)) {
			const x = e as { lang?: unknown; template?: unknown } | null;
			if (x && (x.lang === 'zh' || x.lang === 'en') && typeof x.template === 'string' && x.template.length <= 5000) out.texts[id] = { lang: x.lang, template: x.template };
		}
	}
	return out;
}
