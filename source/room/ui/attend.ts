import {chooseLanguage} from '../../cli/language.js';
import type {UsageError} from '../../cli/options.js';
import {createI18n, type TFunction} from '../../deck/i18n.js';
import type {Deck} from '../../deck/load-deck.js';
import {fullScreen} from '../../present/full-screen.js';
import {sanitize} from '../../text/sanitize.js';
import {startState} from '../../present/start-state.js';
import {newRoom, type Action, type State} from '../../present/state.js';
import type {RoomMessage, RoomStatus} from '../index.js';
import {consoleRequest, livePosition, relay, type Published} from './navigate.js';

// `bideck console` and `bideck follow`: attach to a shared presentation, wait for its deck, then
// show it full-screen with the presenter's own app and update, in this terminal's language. The
// console's keys drive the presenter; a follower's move only itself (f follows again).

export type AttendOptions = {
	role: 'console' | 'follower';
	/** A follower's HOST:PORT/TOKEN; without it, a presentation on this machine. */
	address?: string;
	name?: string;
	/** --lang: this terminal's language (any of the deck's, zh-Hans derived). */
	lang?: string;
	color: boolean;
	/** The program's chrome, for the lines said before the deck (and its chrome) arrives. */
	t: TFunction;
	/** Writes one line to stderr and returns the exit code: a refusal (exit 1). */
	fail: (line: string, code: number) => number;
	/** A usage error (a --lang the received deck lacks): one line, exit 2. */
	usage: (error: UsageError) => number;
	/** Writes one line to stderr and goes on. */
	say: (line: string) => void;
};

/** Ms a start may take before the wait for the presenter is said. */
const waitSayMs = 1000;

/** What the wait for the deck ended with: the deck, or the presenter's refusal. */
type Arrival = {deck: Deck} | {refused: RoomMessage};

export async function attend(options: AttendOptions): Promise<number> {
	const {attach} = await import('../index.js');
	const actions = relay<Action>();
	let mounted = false;
	let arrived: (arrival: Arrival) => void = () => {};
	const arrival = new Promise<Arrival>(resolve => (arrived = resolve));
	let waitingTimer: NodeJS.Timeout | undefined;
	let waitDetail: RoomMessage | undefined;
	// Positions wait for the deck that gives their slide ids a place.
	let deck: Deck | undefined;
	const positions: Published[] = [];
	const toAction = (position: Published) => {
		const live = livePosition(deck!, position);
		if (live) actions.push({type: 'livePosition', position: live});
	};

	const attachment = attach({
		role: options.role,
		t: options.t,
		address: options.address,
		name: options.name,
		// A later, different deck (the presenter restarted with an edited one) is not taken: the
		// slides shown keep their meaning; positions are matched by slide id.
		onDeck: received => arrived({deck: received}),
		onPosition: position => (deck ? toAction(position) : positions.push(position)),
		// Received text: shown only as text, like a received deck's.
		onJoin: command => actions.push({type: 'joinLine', command: sanitize(command)}),
		onStatus: (status: RoomStatus, detail?: RoomMessage) => {
			if (status === 'rejected' && !mounted) return arrived({refused: detail ?? {key: 'room.status.rejected'}});
			// Before the deck, a wait longer than a moment is said once on stderr (the terminal is
			// still the shell's): why, when the room says, else that it waits.
			if (detail) waitDetail = detail;
			if (!mounted && waitingTimer === undefined) {
				waitingTimer = setTimeout(() => {
					if (!mounted) options.say(options.t(waitDetail?.key ?? 'follow.waiting', waitDetail?.values ?? {}));
				}, waitSayMs);
			}
			actions.push({type: 'roomStatus', status});
		},
	});
	const result = await arrival;
	clearTimeout(waitingTimer);
	if ('refused' in result) {
		attachment.close();
		return options.fail(options.t(result.refused.key, result.refused.values ?? {}), 1);
	}
	deck = result.deck;
	const choice = chooseLanguage({asked: options.lang, env: process.env, languages: deck.structure.languages});
	if (choice.error) {
		attachment.close();
		return options.usage(choice.error);
	}
	if (choice.simplified) deck = (await (await import('../../deck/simplified.js')).withSimplified(deck))!;
	const shown = deck;
	for (const position of positions.splice(0)) toAction(position);

	const i18n = createI18n(shown, choice.language);
	const initial: State = {...startState(shown, i18n, {language: choice.language}), room: newRoom(options.role)};
	// The console asks the presenter to go where its keys took it; each request once.
	let asked: string | undefined;
	const onState = (state: State) => {
		const request = consoleRequest(shown, state);
		const key = request && JSON.stringify([request, state.room?.live]);
		if (request && key !== asked) attachment.navigate(request);
		asked = key;
	};
	mounted = true;
	return fullScreen({
		mount: async onSuspend => (await import('../../present/mount.js')).mount(shown, i18n, initial, onState, onSuspend, options.color, actions.feed),
		finish: () => attachment.close(),
	});
}
