import type {Deck} from '../../deck/load-deck.js';
import type {Action, LivePosition, State} from '../../present/state.js';
import type {LivePosition as RoomPosition, Navigate} from '../index.js';

// The room's messages and the presenter's actions, both ways: what a console asks becomes an
// action for the one pure update; what the presenter publishes becomes a position the console
// and followers' update moves with. Slides travel by id, so that nothing depends on two decks
// numbering alike.

/** The presenter's position as the room sends it. */
export type Published = RoomPosition;

/** A console's request as the presenter's action; undefined for a slide id the deck lacks. */
export function requestAction(deck: Deck, request: Navigate, now = Date.now()): Action | undefined {
	switch (request.type) {
		case 'goto': {
			const slide = deck.structure.slides.findIndex(meta => meta.id === request.slide);
			return slide < 0 ? undefined : {type: 'goto', slide};
		}
		case 'resetTimer':
			return {type: 'resetTimer', now};
		default:
			return request;
	}
}

/** What the presenter publishes for a state. */
export const published = (deck: Deck, state: State): Published => ({slide: deck.structure.slides[state.slide]!.id, language: state.language, timerStart: state.timerStart});

/** A received position as this deck's; undefined for a slide it lacks. */
export function livePosition(deck: Deck, position: Published): LivePosition | undefined {
	const slide = deck.structure.slides.findIndex(meta => meta.id === position.slide);
	return slide < 0 ? undefined : {slide, language: position.language, timerStart: position.timerStart};
}

/** What a console asks for, from its state: its keys move it first (the same update as the
 * presenter's), and where it then differs from the presenter's position it asks the presenter to
 * go there too; the position the presenter publishes back then agrees. */
export function consoleRequest(deck: Deck, state: State): Navigate | undefined {
	const live = state.room?.live;
	if (state.room?.role !== 'console' || !live || state.room.status !== 'live') return undefined;
	if (state.slide !== live.slide) return {type: 'goto', slide: deck.structure.slides[state.slide]!.id};
	if (state.timerStart !== live.timerStart) return {type: 'resetTimer'};
	if (state.room.languageAsked === live.language) return {type: 'toggleLanguage'};
	return undefined;
}

/** Actions from a connection, kept until the app takes them (it mounts later than the
 * connection opens), then handed straight on. */
export function relay<T>() {
	let target: ((item: T) => void) | undefined;
	const waiting: T[] = [];
	return {
		push(item: T) {
			if (target) target(item);
			else waiting.push(item);
		},
		feed(dispatch: (item: T) => void) {
			target = dispatch;
			for (const item of waiting.splice(0)) dispatch(item);
			return () => {
				target = undefined;
			};
		},
	};
}
