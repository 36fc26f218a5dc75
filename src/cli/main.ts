/**
 * anquanyue normalize|report …: the command-line doors, one program. Each
 * command is loaded only when asked for (report loads DuckDB-WASM and resvg,
 * normalize neither).
 */
const COMMANDS = {
	normalize: () => import('./normalize'),
	report: () => import('./report')
};

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || !(command in COMMANDS)) {
	process.stderr.write(`用法 / usage: anquanyue normalize|report [--help] …\n`);
	process.exit(2);
}
// Each command reads its own arguments from process.argv, as when it is run alone.
process.argv = [process.argv[0], process.argv[1], ...rest];
await COMMANDS[command as keyof typeof COMMANDS]();
export {};
