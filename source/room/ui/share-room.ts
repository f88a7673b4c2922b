import type {Deck} from '../../deck/load-deck.js';
import type {PresenterRoom} from '../../commands/present.js';
import type {Action} from '../../present/state.js';
import {published, relay, requestAction} from './navigate.js';

export type ShareStart = {
	listen?: {host: string; port: number};
	name?: string;
	shareNotes: boolean;
	maxFollowers: number;
};

/** `bideck --share`: opens the room (throws net's RoomError when it cannot) and gives present()
 * what it needs: the console's requests as actions, a publish that sends only real changes.
 * `original` is the deck as read (sent: each follower derives Simplified itself, and can still
 * choose Traditional); `deck` the one presented (the same slides, Simplified added when chosen). */
export async function shareRoom(original: Deck, deck: Deck, start: ShareStart): Promise<PresenterRoom> {
	const {share} = await import('../index.js');
	const actions = relay<Action>();
	const room = await share({
		deck: original,
		...start,
		onNavigate: request => {
			const action = requestAction(deck, request);
			if (action) actions.push(action);
		},
	});
	let last: string | undefined;
	return {
		join: room.joinCommand,
		feed: actions.feed,
		publish: state => {
			if (!state.room?.join) room.hideJoin();
			const position = published(deck, state);
			const key = JSON.stringify(position);
			if (key === last) return;
			last = key;
			room.publish(position);
		},
		close: () => void room.close(),
	};
}
