import { emptyFilter, type Filter } from '../query/filter';

/** The filter as a Svelte 5 runes store; `value` is a plain snapshot (reading it tracks every field). */
export class FilterStore {
	years = $state<number[]>([]);
	regions = $state<string[]>([]);
	activities = $state<string[]>([]);
	unitSearch = $state('');
	unit = $state<string | null>(null);
	region = $state<string | null>(null);
	activity = $state<string | null>(null);

	get value(): Filter {
		return {
			years: [...this.years],
			regions: [...this.regions],
			activities: [...this.activities],
			unitSearch: this.unitSearch,
			unit: this.unit,
			region: this.region,
			activity: this.activity
		};
	}

	get active(): boolean {
		const f = this.value;
		return f.years.length + f.regions.length + f.activities.length > 0 || f.unitSearch.trim() !== '' || f.unit !== null || f.region !== null || f.activity !== null;
	}

	toggleYear(y: number): void {
		this.years = this.years.includes(y) ? this.years.filter((v) => v !== y) : [...this.years, y].sort((a, b) => a - b);
	}

	toggleRegion(r: string): void {
		this.regions = this.regions.includes(r) ? this.regions.filter((v) => v !== r) : [...this.regions, r];
	}

	toggleActivity(a: string): void {
		this.activities = this.activities.includes(a) ? this.activities.filter((v) => v !== a) : [...this.activities, a];
	}

	clear(): void {
		const e = emptyFilter();
		this.years = e.years;
		this.regions = e.regions;
		this.activities = e.activities;
		this.unitSearch = e.unitSearch;
		this.unit = e.unit;
		this.region = e.region;
		this.activity = e.activity;
	}
}
