/** How many actions are under way (imports, rebuilds, store writes); the page is `ready` only at 0. */
export class Busy {
	count = $state(0);

	/**
	 * Runs `work` counted busy. The count goes up at once (synchronously), so `ready`
	 * cannot flash between two actions started one after the other; `after` runs once it is down again.
	 */
	async withBusy<T>(work: () => Promise<T>, after?: () => void): Promise<T> {
		this.count++;
		try {
			return await work();
		} finally {
			this.count--;
			after?.();
		}
	}
}
