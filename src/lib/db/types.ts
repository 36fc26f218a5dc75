/** A row as plain JS values (DuckDB-WASM's Arrow rows converted with toJSON). */
export type Row = Record<string, unknown>;

/** SQL text with `?` placeholders and the values bound to them, in order. */
export interface BoundQuery {
	sql: string;
	params: (string | number | boolean | null)[];
}

/** What the dashboard needs from a database: bound queries in, plain rows out. */
export interface QueryRunner {
	query(q: BoundQuery): Promise<Row[]>;
}
