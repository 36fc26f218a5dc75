/** The day a workbook was last saved, from its document properties. */

/**
 * A saved time (docProps/core.xml's `dcterms:modified`, W3CDTF in UTC, or SheetJS's
 * Props.ModifiedDate) as the calendar day in China (UTC+8), ISO `YYYY-MM-DD`; null when unreadable.
 */
export function savedDay(value: string | Date | undefined | null): string | null {
	if (!value) return null;
	const t = value instanceof Date ? value.getTime() : Date.parse(value);
	if (!Number.isFinite(t)) return null;
	const d = new Date(t + 8 * 3_600_000);
	const y = d.getUTCFullYear();
	if (y < 1990 || y > 2099) return null;
	return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** `dcterms:modified` in a docProps/core.xml text. */
export function modifiedOfCoreXml(xml: string | null): string | null {
	const m = xml ? /<dcterms:modified\b[^>]*>([^<]+)<\/dcterms:modified>/.exec(xml) : null;
	return m ? savedDay(m[1].trim()) : null;
}
