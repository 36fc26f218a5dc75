/**
 * The roster (应报单位): who must report each year, the deadlines, and the
 * user's answers about which filer is which roster unit. Plain data: it is
 * kept in the workspace and the .aqy file as it is.
 */
import type { Filing } from '../facts/fact';

export interface RosterUnit {
	/** The unit's name, normalized (normalizeUnit). */
	name: string;
	region: string;
	contact: string;
	phone: string;
	/** 类别 as the office writes it (乡镇, 部门, 企业 …), or ''. */
	category: string;
}

export interface RosterYear {
	year: number;
	units: RosterUnit[];
	/** Interim (中期) and final (终报) deadlines as ISO dates, inclusive; null when not set. */
	interimDue: string | null;
	finalDue: string | null;
}

/** The user's answer: this filer (as it names itself, in its region) is that roster unit, every year. */
export interface RosterLink {
	filer: string;
	filerRegion: string;
	unit: string;
	unitRegion: string;
}

export interface Roster {
	years: RosterYear[];
	links: RosterLink[];
	/** Proposals the user answered "no" to (proposalKey). */
	rejected: string[];
}

export const emptyRoster = (): Roster => ({ years: [], links: [], rejected: [] });

/** A text in both languages (the core's messages; the page picks one). */
export interface Text {
	zh: string;
	en: string;
}

/** One unit's state for one year. */
export type UnitStatusCode = 'final' | 'interim' | 'missing' | 'late' | 'unreadable';

export const STATUS_ORDER: UnitStatusCode[] = ['final', 'late', 'interim', 'unreadable', 'missing'];

export const STATUS_LABEL: Record<UnitStatusCode, Text> = {
	final: { zh: '已报终报', en: 'Final filed' },
	interim: { zh: '仅报中期', en: 'Interim only' },
	missing: { zh: '未报', en: 'Not filed' },
	late: { zh: '逾期', en: 'Late' },
	unreadable: { zh: '无法读取', en: 'Unreadable' }
};

/** Which of a year's deadlines a filing met: interim (on or before the interim deadline), final, or late (after the final one). */
export type FilingKind = 'interim' | 'final' | 'late';

/** The files a roster is matched against: a read file's name, whether it failed, and its filings. */
export interface FiledFile {
	fileId: string;
	file: string;
	error: unknown;
	filings: Filing[];
}
