/**
 * Shape C: a long table (CSV or sheet) — year, region, unit, activity,
 * metric, value — one number per row. The metric is named by 活动 + 指标 together.
 * A table of one unit (our collection template) may state 填报单位 / 年度 /
 * 填报日期 once, in lines above its header, instead of in columns.
 */
import type { Sheet } from '../read/workbook';
import { cellAddress, cellAt, cellOrMaster, textAt } from '../read/workbook';
import type { FileContext, Look, SheetOutput } from './context';
import { emptyOutput } from './context';
import { columnRole, isFootnote, isTownshipHeader, isWholeArea, totalKind, type ColumnRole } from './columns';
import { isDash, parseNumber } from './numbers';
import { matchMetric, type MetricMatch } from '../schema/match';
import { getMetric } from '../schema/index';
import type { Fact, FactStatus } from '../facts/fact';
import { holdsMeasureWords, MEASURE_VALUE } from './measure-column';
import { UNIT_WORDS } from './form/slots';
import { makeFact, numberFact } from './make-fact';
import { isFieldCell, isLabelOnly, readHeader } from './form/header';
import { findCheckboxes } from './form/checkbox';
import { SheetLedger } from '../facts/ledger';
import { normalizeUnit } from '../facts/unit';
import { placeIn, regionFromFileName, regionFromUnitName } from '../facts/region';
import { parseFiledOn, yearFromText, yearOfDate } from '../facts/year';
import { problem } from '../base/problem';

const MAX_HEADER_SCAN = 10;
/** Rows looked at to tell an activity column from a metric column. */
const MAX_NAME_SCAN = 200;

/** A long table's columns: those of columns.ts, and the label, status and text of our own facts CSV. */
type LongRole = ColumnRole | 'label' | 'status' | 'text';
type Roles = Partial<Record<LongRole, number>>;

/**
 * Headers only a long table has (columns.ts, shared with wide tables, is asked first): the English
 * names DOMAIN.md gives its columns, the columns of the CLI's facts CSV (so its output loads back),
 * and value headers with a measure or other wording (数值（个）, 数量（场/人次）, 填报数, 实际完成).
 */
const LONG_ROLES: [LongRole, RegExp][] = [
	['year', /^year$/i],
	['region', /^region$/i],
	['unit', /^unit$/i],
	['activity', /^activity(_id)?$/i],
	['metric-name', /^metric(_id)?$/i],
	['label', /^label$/i],
	['value', /^(value|amount|count|quantity|qty)$/i],
	['metric-name', /^(indicator|item|metric_?name)$/i],
	['region', /^(county|district)$/i],
	['unit', /^(town|township|unit_?name|organi[sz]ation|org|department)$/i],
	['value', /^(数值|数量|数据|统计数|统计数据|完成数|填报数|填报数值|实际完成|实际完成数)(\(.*\))?$/],
	['text', /^text$/i],
	['status', /^status$/i],
	['filed-on', /^filed_?on$/i]
];

function longRole(header: string): LongRole {
	let role = LONG_ROLE_OF.get(header);
	if (role === undefined) {
		role = longRoleOf(header);
		if (LONG_ROLE_OF.size >= 10_000) LONG_ROLE_OF.clear();
		LONG_ROLE_OF.set(header, role);
	}
	return role;
}
/** Asked of every cell near the top of every sheet, as columnRole is: remembered the same way. */
const LONG_ROLE_OF = new Map<string, LongRole>();

function longRoleOf(header: string): LongRole {
	const role = columnRole(header);
	if (role !== 'measure') return role;
	const h = header.normalize('NFKC').replace(/\s/g, '');
	return LONG_ROLES.find((r) => r[1].test(h))?.[0] ?? role;
}

function rolesOf(sheet: Sheet, r: number): Roles {
	const roles: Roles = {};
	const names: number[] = [];
	const units: number[] = [];
	sheet.rows[r]?.forEach((c) => {
		if (!c) return;
		let role = longRole(c.text);
		if (role === 'unit' && holdsMeasureWords(sheet, r, c.col)) role = 'measure-unit';
		if (role === 'unit') units.push(c.col);
		if (role === 'metric-name') names.push(c.col);
		if (role !== 'measure' && roles[role] === undefined) roles[role] = c.col;
	});
	// 街道 | 社区 both: the township names where the unit is (a region), the other the unit.
	const township = units.find((c) => isTownshipHeader(textAt(sheet, r, c)));
	const named = units.find((c) => !isTownshipHeader(textAt(sheet, r, c)));
	if (township !== undefined && named !== undefined && roles.region === undefined) [roles.region, roles.unit] = [township, named];
	// 项目 | 指标 both: one names the activity, the other the measure within it.
	if (names.length === 2 && roles.activity === undefined) [roles.activity, roles['metric-name']] = activityThenMetric(sheet, r, names);
	return roles;
}

/** A name that ends in what it counts (进社区场次, 参与人数, 排查隐患（处）): a metric's, not an activity's. */
const COUNTED = new RegExp(`(${UNIT_WORDS.join('|')}|人数|次数)[)）]?$`);

/**
 * Of two name columns (项目 | 指标, 活动项目 | 统计项目), which is the activity and which the metric:
 * the metric's names say what they count more often; else it is the finer one (more distinct names);
 * else the right one (a table reads from the general to the particular).
 */
function activityThenMetric(sheet: Sheet, headerRow: number, [a, b]: number[]): [number, number] {
	const look = (col: number) => {
		const names = new Set<string>();
		let counted = 0;
		for (let r = headerRow + 1; r < Math.min(sheet.rows.length, headerRow + 1 + MAX_NAME_SCAN); r++) {
			const t = textAt(sheet, r, col, true).normalize('NFKC').trim();
			if (!t || names.has(t)) continue;
			names.add(t);
			if (COUNTED.test(t)) counted++;
		}
		return { share: names.size ? counted / names.size : 0, distinct: names.size };
	};
	const x = look(a);
	const y = look(b);
	const aIsMetric = x.share !== y.share ? x.share > y.share : x.distinct > y.distinct;
	return aIsMetric ? [b, a] : [a, b];
}

function findHeader(sheet: Sheet): { row: number; roles: Roles } | null {
	for (let r = 0; r < Math.min(sheet.rows.length, MAX_HEADER_SCAN); r++) {
		const roles = rolesOf(sheet, r);
		// No 指标 column: beside an 活动类别 and a 数量, the text column after the activity (活动内容) names what is counted.
		if ((roles['metric-name'] ?? roles.label) === undefined && roles.value !== undefined && roles.activity !== undefined)
			roles['metric-name'] = sheet.rows[r]?.find((c) => !!c && c.col > roles.activity! && c.col !== roles.value && c.text.trim() !== '' && longRole(c.text) === 'measure')?.col;
		if ((roles['metric-name'] ?? roles.label) !== undefined && roles.value !== undefined) return { row: r, roles };
	}
	return null;
}

/**
 * Whether a row's 计量单位 adds to its metric name: not to a metric_id (it is the metric already), nor
 * a mixed 场/人次 (it says neither), nor a measure the name states.
 */
function namesMeasure(metricName: string, measureUnit: string): boolean {
	// 是/否 says how the row is answered, not what it counts.
	if (!measureUnit || getMetric(metricName) || metricName.includes(measureUnit) || /^是[/／、或]?否$/.test(measureUnit)) return false;
	return !(/[/、]/.test(measureUnit) && MEASURE_VALUE.test(measureUnit.normalize('NFKC')));
}

/** A facts CSV row's status: superseded and ignored rows stay so (never counted); error rows are no facts. */
function statusOf(text: string): FactStatus | 'error' | null {
	const s = text.toLowerCase();
	return s === 'superseded' || s === 'ignored' || s === 'error' ? s : null;
}

/** A long table's score: its header is the whole of the evidence. */
export const LONG_SCORE = 0.9;

/** A sheet as a long table (a row per fact under a 指标 | 数值 header); null when it has no such header. */
export function lookAtLong(sheet: Sheet): Look | null {
	const header = findHeader(sheet);
	return header && { score: LONG_SCORE, read: (ctx) => readLongTable(sheet, header, ctx) };
}

function readLongTable(sheet: Sheet, header: { row: number; roles: Roles }, ctx: FileContext): SheetOutput {
	const out = emptyOutput();
	const ledger = new SheetLedger(sheet);
	const { roles } = header;
	// Key columns merged down over their rows (年度, 单位, 活动 once per block) hold for every row.
	const at = (r: number, role: LongRole) => (roles[role] === undefined ? '' : textAt(sheet, r, roles[role]!, true));
	// The metric as the row names it: 指标 (wording or a metric_id), else a facts CSV's label.
	const nameAt = (r: number) => at(r, 'metric-name') || at(r, 'label');

	// Filing lines above the header, or under the table (a unit's own list signed 填报单位：… below it):
	// the defaults for rows whose columns do not say.
	const filingBelow = roles.unit === undefined ? filingLinesBelow(sheet, header.row) : [];
	const above = readHeader(sheet, [...Array(header.row).keys(), ...filingBelow]);
	for (const c of above.fieldCells) ledger.mark(c.row, c.col, 'ignored', 'filing-info');
	const below = new Set(filingBelow);
	for (let r = 0; r <= header.row; r++) sheet.rows[r]?.forEach((c) => c && ledger.mark(r, c.col, 'ignored', r === header.row ? 'header' : 'title'));
	const stated = { unit: normalizeUnit(above.unit), year: above.year ?? above.titleYear, filedOn: above.filedOn };

	const matches = new Map<string, MetricMatch | null>();
	const filings = new Map<string, { unit: string; region: string; year: number | null; filedOn: string | null }>();
	const fileYear = yearFromText(ctx.file);
	// A title naming one place (华池县…台账) is the region of units that name none.
	const titleRegion = placeIn([...Array(header.row).keys()].map((r) => (sheet.rows[r] ?? []).map((c) => c?.text ?? '').join(' ')).join(' '));
	const sheetYear = yearFromText(sheet.name);

	for (let r = header.row + 1; r < sheet.rows.length; r++) {
		const row = sheet.rows[r];
		if (!row || !row.some(Boolean)) continue;
		const first = row.find(Boolean)!;
		if (below.has(r)) {
			row.forEach((c) => c && !above.fieldCells.includes(c) && ledger.mark(r, c.col, 'ignored', 'filing-info'));
			continue;
		}
		if (isFootnote(first.text)) {
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'footnote'));
			continue;
		}
		const unitText = at(r, 'unit') || stated.unit;
		// 全县 in the region cell beside a unit's name is that unit's area, not a total.
		const regionText = at(r, 'region');
		const total = totalKind(unitText) ?? (unitText && isWholeArea(regionText) ? null : totalKind(regionText));
		if (total) {
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', total === 'subtotal' ? 'subtotal-row' : 'total-row'));
			continue;
		}
		// A 小计 / 合计 in the metric column sums the rows above it: checked by nobody, counted never.
		const subtotal = totalKind(nameAt(r));
		if (subtotal) {
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', subtotal === 'subtotal' ? 'subtotal-row' : 'total-row'));
			continue;
		}
		const repeatRole = longRole(nameAt(r));
		if (repeatRole === 'metric-name' || repeatRole === 'label') {
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'header-repeat'));
			continue;
		}
		const status = statusOf(at(r, 'status'));
		if (status === 'error') {
			// A facts CSV's row for a file that could not be read: its text says why; no value.
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'error-row'));
			continue;
		}
		// A text fact of a facts CSV has its text in the text column and no value.
		const textOnly = !textAt(sheet, r, roles.value!) && roles.text !== undefined && at(r, 'text') !== '';
		const valueCol = textOnly ? roles.text! : roles.value!;
		const valueCell = cellAt(sheet, r, valueCol);
		const raw = valueCell ? valueCell.text.trim() : '';
		const cell = cellAddress(r, valueCol);
		// The other columns of the row are its keys (who, when, what); a 备注 is kept as the text it is.
		row.forEach((c) => {
			if (!c || c.col === valueCol) return;
			if (c.col === roles.note) ledger.mark(r, c.col, 'text', 'note', c.text.trim());
			else ledger.mark(r, c.col, 'ignored', 'key');
		});
		if (!raw) continue; // an empty 数值 is no fact

		const unit = normalizeUnit(unitText);
		const region = ctx.region ?? (normalizeUnit(at(r, 'region')) || regionFromUnitName(unit) || titleRegion || regionFromFileName(ctx.file));
		const filedOn = (roles['filed-on'] !== undefined ? parseFiledOn(cellOrMaster(sheet, r, roles['filed-on'])?.value) : null) ?? stated.filedOn;
		// DOMAIN's order: the row's or title's year, then the 填报日期, then the sheet's or file's name.
		const year = ctx.year ?? yearFromText(at(r, 'year')) ?? stated.year ?? yearOfDate(filedOn) ?? sheetYear ?? fileYear;
		const activity = at(r, 'activity');
		let metricName = nameAt(r);
		const measureUnit = at(r, 'measure-unit');
		if (namesMeasure(metricName, measureUnit)) metricName = `${metricName}（${measureUnit}）`;
		const label = at(r, 'label') || (activity ? `${activity}|${metricName}` : metricName);

		if (!unit) {
			ledger.mark(r, valueCol, 'ignored', 'no-unit');
			out.problems.push(problem('warning', 'row.no-unit', `第 ${r + 1} 行没有单位名称，未计入。`, `Row ${r + 1} has no unit name; not counted.`, { sheet: sheet.name, cell }));
			continue;
		}
		filings.set(`${region}|${unit}|${year}`, { unit, region, year, filedOn });
		const key = `${activity}\u0000${metricName}`;
		if (!matches.has(key)) matches.set(key, matchMetric(metricName, activity));
		const match = matches.get(key)!;
		const origin = { sheet: sheet.name, cell, unit, region, year, filedOn };
		if (match?.family === 'T') {
			out.facts.push(withStatus(makeFact(ctx, origin, match, label, raw, { value: null, approx: false, text: raw }), status));
			ledger.mark(r, valueCol, 'text');
			continue;
		}
		const box = boxAnswer(raw);
		if (box === 'untouched') {
			ledger.mark(r, valueCol, 'ignored', 'empty-slots');
			continue;
		}
		const n = box ?? (match?.family === 'F' ? yesNo(valueCell?.value, raw) : typeof valueCell?.value === 'number' ? { value: valueCell.value, approx: false } : parseNumber(raw));
		if (!n && isDash(raw)) {
			ledger.mark(r, valueCol, 'ignored', 'empty-slots');
			continue;
		}
		if (!n) {
			ledger.mark(r, valueCol, 'text', 'not-a-number', raw);
			out.problems.push(problem('warning', 'value.not-a-number', `${cell} 的“${raw}”不是数字，作为文字保留。`, `"${raw}" in ${cell} is not a number; kept as text.`, { sheet: sheet.name, cell }));
			continue;
		}
		out.facts.push(withStatus(numberFact(ctx, origin, match, label, raw, n), status));
		ledger.mark(r, valueCol, match ? 'fact' : 'unmapped');
	}
	out.filings = [...filings.values()].map((f) => ({ ...f, sheet: sheet.name }));
	out.ledger = ledger.list();
	return out;
}

/** A fact with the status its facts CSV row stated (superseded, ignored), if any. */
function withStatus(fact: Fact, status: FactStatus | null): Fact {
	if (status) fact.status = status;
	return fact;
}

/**
 * Rows under the table that only sign it (`填报单位（盖章）：… | 填报日期：…`): every non-empty cell a field or the
 * value after a bare label. Looked for only when no column names the unit.
 */
function filingLinesBelow(sheet: Sheet, headerRow: number): number[] {
	const out: number[] = [];
	for (let r = headerRow + 1; r < sheet.rows.length; r++) {
		const cells = (sheet.rows[r] ?? []).filter((c): c is NonNullable<typeof c> => !!c && c.text.trim() !== '');
		if (cells.length === 0 || !isFieldCell(cells[0].text)) continue;
		if (cells.every((c, i) => isFieldCell(c.text) || (i > 0 && isLabelOnly(cells[i - 1].text)))) out.push(r);
	}
	return out;
}

/** A value typed as the form's boxes (☑是 □否, 是√): its answer; 'untouched' for □是 □否 left as printed (no answer, no fact). */
function boxAnswer(raw: string): { value: number; approx: boolean } | 'untouched' | null {
	const boxes = findCheckboxes(raw);
	if (boxes.length !== 1 || raw.replace(/[\s\u3000]+/g, '').length > 8) return null;
	const a = boxes[0].answer;
	return a === null ? 'untouched' : a === 'both' ? null : { value: a, approx: false };
}

/** A yes/no metric's value: 是/√/1 → 1, 否/×/0 → 0; anything else is no answer. */
function yesNo(value: unknown, raw: string): { value: number; approx: boolean } | null {
	if (value === 1 || value === true || /^(是|√|✓|✔|☑|有|yes|y)$/i.test(raw)) return { value: 1, approx: false };
	if (value === 0 || value === false || /^(否|×|✗|✘|没有|无|no|n)$/i.test(raw)) return { value: 0, approx: false };
	return null;
}
