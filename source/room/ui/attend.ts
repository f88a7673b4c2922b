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
import type {Instance} from 'ink';
import type {AppRun} from '../../present/mount.js';

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
	/** The app's actions; a new deck starts a new app, with a relay of its own. */
	let actions = relay<Action>();
	let arrived: (arrival: Arrival) => void = () => {};
	const arrival = new Promise<Arrival>(resolve => (arrived = resolve));
	let waitingTimer: NodeJS.Timeout | undefined;
	let waitDetail: RoomMessage | undefined;
	/** Once shown: the app, to show a later deck in. */
	let app: {instance: Instance; run: AppRun; remount: typeof import('../../present/mount.js').remount} | undefined;
	let mounted = false;
	// Positions wait for the deck that gives their slide ids a place (the first, or a new one).
	let deck: Deck | undefined;
	const positions: Published[] = [];
	const toAction = (position: Published) => {
		const live = livePosition(deck!, position);
		if (live) actions.push({type: 'livePosition', position: live});
	};
	/** The deck as this terminal shows it (Simplified derived when chosen), in its language. */
	const choose = (received: Deck) => chooseLanguage({asked: options.lang, env: process.env, languages: received.structure.languages});
	const shownDeck = async (received: Deck, simplified: boolean) => (simplified ? (await (await import('../../deck/simplified.js')).withSimplified(received))! : received);

	/** The state the app was last in: where a new deck starts. */
	let current: State | undefined;
	let generation = 0;
	/** The presenter restarted with an edited deck: it is shown from the same slide id, language
	 * and room state; one whose languages no longer hold this terminal's is not taken. */
	const replaceDeck = (received: Deck) => {
		if (!app || !deck) {
			// Still starting, or still taking the last new deck: this one follows.
			later = received;
			return;
		}
		const choice = choose(received);
		if (choice.error || !current) return;
		const {run} = app;
		const [before, state, relayed] = [deck, current, actions];
		// Until the new app runs, what comes (status, positions) waits for it.
		deck = undefined;
		actions = relay<Action>();
		shownDeck(received, choice.simplified)
			.then(next => {
				/** A slide of the old deck in the new one, by id (-1: it is gone). */
				const placeOf = (slide: number) => next.structure.slides.findIndex(meta => meta.id === before.structure.slides[slide]?.id);
				const language = next.structure.languages.includes(state.language) ? state.language : choice.language;
				const i18n = createI18n(next, language);
				const {live, ...room} = state.room!;
				const liveSlide = live ? placeOf(live.slide) : -1;
				const initial: State = {
					...startState(next, i18n, {language, slide: Math.max(0, placeOf(state.slide))}),
					room: {...room, ...(live && liveSlide >= 0 ? {live: {...live, slide: liveSlide}} : {})},
				};
				deck = next;
				current = initial;
				app!.run = {...run, deck: next, i18n, initial, feed: actions.feed};
				app!.remount(app!.instance, app!.run, ++generation);
			})
			.catch(() => {
				// Not shown (it could not be derived): the old deck stays, with its app's relay.
				deck = before;
				actions = relayed;
			})
			.finally(() => {
				for (const position of positions.splice(0)) toAction(position);
				takeLater();
			});
	};
	/** A deck that came while the app was starting or taking another. */
	let later: Deck | undefined;
	const takeLater = () => {
		const received = later;
		later = undefined;
		if (received) replaceDeck(received);
	};

	const attachment = attach({
		role: options.role,
		t: options.t,
		address: options.address,
		name: options.name,
		onDeck: received => (mounted ? replaceDeck(received) : arrived({deck: received})),
		onPosition: position => (deck ? toAction(position) : positions.push(position)),
		// Received text: shown only as text, like a received deck's.
		onJoin: command => actions.push({type: 'joinLine', command: sanitize(command)}),
		onAudience: followers => actions.push({type: 'audience', followers}),
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
	const choice = choose(result.deck);
	if (choice.error) {
		attachment.close();
		return options.usage(choice.error);
	}
	deck = await shownDeck(result.deck, choice.simplified);
	for (const position of positions.splice(0)) toAction(position);

	const i18n = createI18n(deck, choice.language);
	const initial: State = {...startState(deck, i18n, {language: choice.language}), room: newRoom(options.role)};
	current = initial;
	// The console asks the presenter to go where its keys took it; each request once.
	let asked: string | undefined;
	const onState = (state: State) => {
		current = state;
		if (!deck) return; // a new deck is on its way
		const request = consoleRequest(deck, state);
		const key = request && JSON.stringify([request, state.room?.live]);
		if (request && key !== asked) attachment.navigate(request);
		asked = key;
	};
	mounted = true;
	return fullScreen({
		mount: async onSuspend => {
			const {mount, remount} = await import('../../present/mount.js');
			const run: AppRun = {deck: deck!, i18n, initial, onState, onSuspend, color: options.color, feed: actions.feed};
			app = {instance: mount(run), run, remount};
			takeLater();
			return app.instance;
		},
		finish: () => attachment.close(),
	});
}
