// What goes wrong in a room is said in the user's language: errors and statuses carry a chrome
// key (under "room." in locales/<lang>/ui.json) and its values, which the terminal programs
// translate; the English message is for logs and tests only.

/** A line for the user: a chrome key and the values it interpolates. */
export type RoomMessage = {key: string; values?: Record<string, string | number>};

export class RoomError extends Error {
	readonly key: string;
	readonly values: Record<string, string | number>;

	constructor(key: string, values: Record<string, string | number> = {}) {
		super(`${key} ${JSON.stringify(values)}`);
		this.name = 'RoomError';
		this.key = key;
		this.values = values;
	}
}
