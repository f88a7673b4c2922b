import {createI18n} from '../deck/i18n.js';
import {firstFrame} from '../present/first-frame.js';
import {fullScreen} from '../present/full-screen.js';
import type {Deck} from '../deck/load-deck.js';
import {startState} from '../present/start-state.js';
import {newRoom, type Action, type State} from '../present/state.js';

type Start = {
	language: string;
	/** The languages `t` cycles through, in order (--lang with a list); else the deck's. */
	languages?: readonly string[];
	slide: number;
	/** Colours on (no NO_COLOR, no --no-color); without, bold and reverse video stay. */
	color?: boolean;
	/** Remembers the place (slide and language) for the next start. Called soon after each
	 * change, as editors save, so that a killed terminal loses nothing; returns a problem, which
	 * is reported once, after the terminal is given back. */
	savePlace?: (state: State) => string | undefined;
	/** Writes a line to stderr once the terminal is back (a problem from savePlace). */
	report?: (problem: string) => void;
	/** --share: the presentation is published to a room (see source/room/ui/share-room.ts). */
	room?: PresenterRoom;
};

/** The presenter's side of a shared presentation, as present() uses it. */
export type PresenterRoom = {
	/** The `bideck follow …` line, shown under the slide until the presenter moves on. */
	join?: string;
	/** The console's requests, as actions. */
	feed: (dispatch: (action: Action) => void) => () => void;
	/** Called with every state: publishes the position when it changed. */
	publish: (state: State) => void;
	/** Tells the room the presentation has ended. */
	close: () => void;
};

/** Ms a place waits before it is written: a burst of key presses writes the file once. */
const saveDelay = 300;

/** Shows the deck full-screen (Ink's alternate screen) until q, Ctrl+C or a signal; the terminal
 * is restored on every way out. */
export async function present(deck: Deck, start: Start): Promise<number> {
	const i18n = createI18n(deck, start.language);
	const initial = {...startState(deck, i18n, {language: start.language, slide: start.slide, ...(start.languages ? {languages: start.languages} : {})}), ...(start.room ? {room: newRoom('presenter', start.room.join)} : {})};
	start.room?.publish(initial);
	let last = initial;
	let saved = {slide: initial.slide, language: initial.language};
	let problem: string | undefined;
	let timer: NodeJS.Timeout | undefined;

	const save = () => {
		clearTimeout(timer);
		timer = undefined;
		if (last.slide === saved.slide && last.language === saved.language) return;
		saved = {slide: last.slide, language: last.language};
		problem = start.savePlace?.(last);
	};
	const onState = (state: State) => {
		last = state;
		start.room?.publish(state);
		if (timer === undefined && (state.slide !== saved.slide || state.language !== saved.language)) timer = setTimeout(save, saveDelay);
	};

	// The first frame at once, with bideck's own layout, while Ink loads.
	const frame = process.stdin.isTTY && process.stdout.isTTY ? firstFrame(deck, i18n, initial, {columns: process.stdout.columns, rows: process.stdout.rows, color: start.color ?? true}) : undefined;
	return fullScreen({
		frame,
		// React, Ink and yoga are most of start-up: loaded after the first frame is drawn.
		mount: async onSuspend => (await import('../present/mount.js')).mount({deck, i18n, initial, onState, onSuspend, color: start.color ?? true, ...(start.room ? {feed: start.room.feed} : {})}),
		beforeStop: save,
		finish: () => {
			start.room?.close();
			save();
			if (problem) start.report?.(problem);
		},
	});
}
