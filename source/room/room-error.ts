// What goes wrong in a room is said in the user's language: errors and statuses carry a chrome
// key (under "room." in locales/<lang>/ui.json) and its values, which the terminal programs
// translate; the English message is for logs and tests only.

import type {Problem} from '../deck/problem.js';

/** A line for the user: a chrome key and the values it interpolates; with room.badDeck, the
 * received deck's first problem too, for the terminal program to say in its language (values
 * hold it as plain text). */
export type RoomMessage = {key: string; values?: Record<string, string | number>; problem?: Problem};

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
