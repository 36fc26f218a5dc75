/**
 * The file kinds the file pickers offer: spreadsheets (Excel, WPS 表格,
 * OpenDocument, CSV) and Word / WPS documents. Each file is read by what it
 * holds, not by this list (a .doc or .wps is read when it holds a Word 97–2003,
 * RTF or HTML document, else given its own message: save it as .docx).
 */
export const IMPORT_ACCEPT = '.xlsx,.xlsm,.xls,.et,.ett,.ods,.csv,.txt,.docx,.docm,.dotx,.doc,.wps,.wpt,.rtf';
