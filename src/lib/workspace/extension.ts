/** The workspace file's extension: apart from file-format.ts, so the page's start knows a workspace file by its name without loading the format. */
export const WORKSPACE_EXTENSION = '.aqy';
