/** `安全月看板-参与人次-按单位.png`: app, measure and view, safe on every file system. */
export function exportFileName(parts: readonly string[], ext: string): string {
	const clean = parts
		.map((p) => p.replace(/[\\/:*?"<>|\s]+/g, '').trim())
		.filter((p) => p !== '')
		.join('-');
	return `${clean}.${ext}`;
}
