/**
 * The dashboard's views as clients of the coordinator, after uwdata/mosaic's
 * MosaicClient: each view declares the queries it needs under the current filter
 * (`request`, read inside an effect: it is asked again whenever what it reads
 * changes, or the tables are replaced) and how it applies the answer. A new view
 * is one more client here, connected with the others by `connectViews`.
 */
import type { BoundQuery, Row } from '../db/types';
import { ACTIVITIES } from '../schema';
import type { Coordinator } from './coordinator.svelte';
import { buildKpis, type Kpi } from './kpi';
import type { Filter } from './filter';
import { kpiQuery, likeForLikeQuery, optionsQuery, splitKpiRows, type WhereOptions } from './sql';

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

/** The headline cards: each measure under the filter, against the year before. */
export class KpiView implements ViewClient {
	readonly id = 'kpis';
	value = $state.raw<Kpi[]>(buildKpis(undefined, [], []));
	/** False until the first answer: the cards say "loading", not 0. */
	answered = $state(false);

	constructor(private params: () => { filter: Filter; where: WhereOptions }) {}

	request(): ViewRequest {
		const { filter, where } = this.params();
		const years = filter.years;
		return {
			queries: [kpiQuery(filter, where), likeForLikeQuery(filter, where)],
			apply: ([rows, same]) => {
				const { totals, perYear } = splitKpiRows(rows);
				this.value = buildKpis(totals, perYear, years, same);
				this.answered = true;
			}
		};
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
