/**
 * The dashboard's views as clients of the coordinator, after uwdata/mosaic's
 * MosaicClient: each view declares the queries it needs under the current filter
 * (`request`, read inside an effect: it is asked again whenever what it reads
 * changes, or the tables are replaced) and how it applies the answer. A new view
 * is one more client here, connected with the others by `connectViews`.
 */
import type { BoundQuery, Row } from '../db/types';
import { ACTIVITIES } from '../schema/activities';
import type { Coordinator } from './coordinator.svelte';
import { buildKpis, type Kpi } from '../query/kpi';
import type { Filter } from '../query/filter';
import { kpiTotalsQuery, kpiYearsQuery, optionsQuery, type WhereOptions } from '../query/sql';

export interface ViewRequest {
	queries: BoundQuery[];
	apply: (results: Row[][]) => void;
}

export interface ViewClient {
	/** The coordinator answers only the latest request of each id. */
	readonly id: string;
	request(): ViewRequest;
}

/**
 * Asks every client's queries now and whenever they change (an effect each: call it
 * while a component initializes). While `waiting` (the first import still being
 * read) there is nothing in the tables to ask for.
 */
export function connectViews(coordinator: Coordinator, clients: ViewClient[], waiting: () => boolean): void {
	for (const client of clients)
		$effect(() => {
			void coordinator.version;
			if (waiting()) return;
			const { queries, apply } = client.request();
			coordinator.request(client.id, queries, apply);
		});
}

// Activities in the schema's (the forms') order.
const activityOrder = (id: string) => {
	const i = ACTIVITIES.findIndex((a) => a.id === id);
	return i < 0 ? ACTIVITIES.length : i;
};

/** What the filter panel offers: the years, regions and activities in the facts. */
export class OptionsView implements ViewClient {
	readonly id = 'options';
	value = $state.raw<{ years: number[]; regions: string[]; activities: string[] }>({ years: [], regions: [], activities: [] });

	request(): ViewRequest {
		return {
			queries: [optionsQuery()],
			apply: ([rows]) => {
				const pick = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => String(r.value ?? ''));
				this.value = {
					years: pick('year').map(Number).sort((a, b) => a - b),
					regions: pick('region').sort((a, b) => a.localeCompare(b, 'zh-CN')),
					activities: pick('activity').sort((a, b) => activityOrder(a) - activityOrder(b))
				};
			}
		};
	}
}

/**
 * The headline cards: each measure under the filter, against the year before.
 * Two clients (connect `clients`): the totals, asked on every filter change, and
 * the per-year figures with the like-for-like comparison, which do not depend
 * on the years picked and are asked again only when the rest of the filter changes.
 */
export class KpiView {
	private totals = $state.raw<{ row: Row | undefined; years: number[] }>({ row: undefined, years: [] });
	private perYear = $state.raw<Row[]>([]);
	/** False until the first answer: the cards say "loading", not 0. */
	answered = $state(false);
	readonly value: Kpi[] = $derived(buildKpis(this.totals.row, this.perYear, this.totals.years));
	/** Compared by content: a new filter object with the same query does not ask again. */
	private readonly yearsQuery: string = $derived.by(() => {
		const { filter, where } = this.params();
		return JSON.stringify(kpiYearsQuery(filter, where));
	});
	readonly clients: ViewClient[];

	constructor(private params: () => { filter: Filter; where: WhereOptions }) {
		this.clients = [
			{
				id: 'kpis',
				request: () => {
					const { filter, where } = this.params();
					const years = filter.years;
					return {
						queries: [kpiTotalsQuery(filter, where)],
						apply: ([rows]) => {
							this.totals = { row: rows[0], years };
							this.answered = true;
						}
					};
				}
			},
			{ id: 'kpi-years', request: () => ({ queries: [JSON.parse(this.yearsQuery) as BoundQuery], apply: ([rows]) => (this.perYear = rows) }) }
		];
	}
}

/** A view drawn from one query's rows as they come (a chart: the page turns them into its option). */
export class RowsView implements ViewClient {
	rows = $state.raw<Row[]>([]);

	constructor(
		readonly id: string,
		private query: () => BoundQuery
	) {}

	request(): ViewRequest {
		return { queries: [this.query()], apply: ([rows]) => (this.rows = rows) };
	}
}
