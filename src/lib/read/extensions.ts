/**
 * The file kinds the file pickers offer: spreadsheets (Excel, WPS 表格,
 * OpenDocument, CSV) and Word / WPS documents. Each file is read by what it
 * holds, not by this list; a .doc or .wps is offered so that it gets its own
 * message (save it as .docx) rather than being hidden from the picker.
 */
export const IMPORT_ACCEPT = '.xlsx,.xlsm,.xls,.et,.ett,.ods,.csv,.txt,.docx,.docm,.dotx,.doc,.wps,.wpt,.rtf';
