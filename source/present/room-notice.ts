import type {TFunction} from '../deck/i18n.js';
import {slideCount, type State} from './state.js';

/** What the status bar says in place of the key hints about the room: a follower browsing on
 * its own, or a console or follower whose presenter is not (or no longer) there. */
export function roomNotice(t: TFunction, state: State): string | undefined {
	const {room} = state;
	if (!room || room.role === 'presenter') return undefined;
	if (room.status !== 'live') return t(`room.status.${room.status}`);
	if (room.role === 'follower' && !room.following && room.live) return t('follow.browsing', {current: room.live.slide + 1, total: slideCount(state)});
	return undefined;
}
