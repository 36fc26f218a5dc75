/**
 * The facts as Parquet, partitioned by year (Hive layout), written by DuckDB
 * (@duckdb/node-api): OUT/year=2023/data_0.parquet …, facts without a year
 * (and the error rows of unreadable files) in OUT/year=__HIVE_DEFAULT_PARTITION__/,
 * which DuckDB, ClickHouse and Spark all read back as year NULL.
 * Same columns as the CSV, typed; a blank is NULL, never 0 or ''.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import { FACT_CSV_HEADER, errorRecord, factRecord, type FactColumn, type FactRecord } from '../lib/facts/csv-out';
import type { Fact, FileResult } from '../lib/facts/fact';
import { Refusal } from '../lib/base/problem';

/** SQL type of each CSV column; anything not listed is VARCHAR. */
const TYPES: Partial<Record<FactColumn, 'INTEGER' | 'DOUBLE'>> = { year: 'INTEGER', value: 'DOUBLE' };

export const PARQUET_COLUMNS = FACT_CSV_HEADER.map((name) => ({ name, type: TYPES[name] ?? 'VARCHAR' }));

function append(appender: DuckDBAppender, row: FactRecord): void {
	for (const { name, type } of PARQUET_COLUMNS) {
		const v = row[name];
		if (v === null || v === undefined || v === '') appender.appendNull();
		else if (type === 'INTEGER') appender.appendInteger(v as number);
		else if (type === 'DOUBLE') appender.appendDouble(v as number);
		else appender.appendVarchar(String(v));
	}
	appender.endRow();
}

/** A folder this writer made before: nothing in it but year=… partitions. Only such a folder is replaced. */
function isOurOutput(path: string): boolean {
	if (!statSync(path).isDirectory()) return false;
	return readdirSync(path, { withFileTypes: true }).every((e) => e.isDirectory() && e.name.startsWith('year='));
}

/** Why `out` cannot take the output (it exists and is something else), or null. The CLI asks before reading anything. */
export function parquetTargetRefusal(out: string): Refusal | null {
	if (!existsSync(out) || isOurOutput(out)) return null;
	return new Refusal(`${out} 已存在，且不是本工具写出的 Parquet 文件夹；请换一个名字或先删除它。`, `${out} exists and is not a Parquet folder written by this tool; choose another name or remove it first.`);
}

/**
 * Writes the facts (in order) and then one row per unreadable file to the folder `out`.
 * The folder is written next to `out` and moved into place at the end, so a
 * previous run's output is replaced whole (no stale year from an older run
 * survives) and a failed run leaves it as it was. Refuses to replace anything
 * that is not such an output folder. Returns the partitions written.
 */
export async function writeFactsParquet(out: string, facts: Fact[], failed: FileResult[]): Promise<string[]> {
	const refusal = parquetTargetRefusal(out);
	if (refusal) throw refusal;
	const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(tmp); // so that no facts at all still make an (empty) output folder
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		await connection.run(`CREATE TABLE facts (${PARQUET_COLUMNS.map((c) => `"${c.name}" ${c.type}`).join(', ')})`);
		const appender = await connection.createAppender('facts');
		for (const f of facts) append(appender, factRecord(f));
		for (const r of failed) append(appender, errorRecord(r));
		appender.closeSync();
		// Row order within a partition follows insertion order (one thread keeps it deterministic).
		await connection.run(`SET threads = 1`);
		await connection.run(`COPY facts TO '${tmp.replace(/'/g, "''")}' (FORMAT parquet, PARTITION_BY (year), OVERWRITE_OR_IGNORE)`);
	} catch (e) {
		rmSync(tmp, { recursive: true, force: true });
		throw e;
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	if (existsSync(out)) rmSync(out, { recursive: true });
	renameSync(tmp, out);
	return readdirSync(out).sort();
}
