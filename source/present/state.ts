import {filterIndex, searchCatalog, type Catalog} from '../deck/catalog.js';

// All navigation and mode logic lives in one pure function, update(state, action) → state,
// in the manner of the Elm architecture: the views only read State, the key table only
// produces Actions. The deck's catalog is part of the state so that the index filter and
// the search are computed here too.

export type Mode = 'slide' | 'index' | 'help' | 'search' | 'sources';

/** Which of the room's programs this state belongs to (issue #10): the projected screen that
 * shares its position, the presenter console that drives it, or a follower in the audience. */
export type Role = 'presenter' | 'console' | 'follower';
/** How the link to the presenter stands, as the room's attach reports it. */
export type RoomStatus = 'connecting' | 'live' | 'ended' | 'lost' | 'rejected';
/** The presenter's position as last heard, the slide as an index of this deck. */
export type LivePosition = {slide: number; language: string; timerStart: number};

/** A shared presentation, from the point of view of one of its programs. */
export type Room = {
	role: Role;
	/** The presenter's last position (console and follower; the presenter's own is its state). */
	live?: LivePosition;
	/** A follower moves with the presenter; any navigation key detaches it, f rejoins. */
	following: boolean;
	status: RoomStatus;
	/** The `bideck follow …` line (presenter, console), shown under the slide until the
	 * presenter moves on. */
	join?: string;
	/** Console: t asked the presenter to switch its language away from this one; cleared once
	 * the projected language has changed. The console keeps its own language (--lang). */
	languageAsked?: string;
	/** Console: how many followers the presentation has, as last told. */
	followers?: number;
};

export type State = {
	/** Current slide, 0-based. */
	slide: number;
	/** The deck's languages, in the order the toggle cycles through them. */
	languages: readonly string[];
	language: string;
	mode: Mode;
	/** Digits typed so far for a jump ("12" then Enter goes to slide 12). */
	jump: string;
	/** Text typed in the index (its filter) or in search (the query). */
	query: string;
	/** The highlighted row of the index or of the search results. */
	selected: number;
	showNotes: boolean;
	/** b: the language shown beside `language` (side by side, or one above the other when
	 * narrow); none when one language is shown. */
	second: string | undefined;
	/** When the presenter timer started (ms since the epoch). */
	timerStart: number;
	quitting: boolean;
	/** Ctrl+Z: the terminal is given back to the shell until the process is continued. */
	suspended: boolean;
	catalog: Catalog;
	/** Present only in a shared presentation (--share, console, follow). */
	room?: Room;
};

export type Action =
	| {type: 'next'}
	| {type: 'previous'}
	| {type: 'first'}
	| {type: 'last'}
	| {type: 'goto'; slide: number}
	| {type: 'toggleLanguage'}
	| {type: 'openIndex'}
	| {type: 'openSearch'}
	| {type: 'toggleHelp'}
	| {type: 'toggleSources'}
	| {type: 'close'}
	| {type: 'toggleNotes'}
	| {type: 'toggleBilingual'}
	| {type: 'resetTimer'; now: number}
	| {type: 'typeDigit'; digit: string}
	| {type: 'eraseDigit'}
	| {type: 'typeText'; text: string}
	/** Text pasted in one piece (bracketed paste): never commands, only text where text is typed. */
	| {type: 'paste'; text: string}
	| {type: 'eraseText'}
	| {type: 'moveSelection'; by: number}
	| {type: 'confirm'}
	| {type: 'quit'}
	| {type: 'suspend'}
	| {type: 'resume'}
	/** The presenter's position arrived (console, follower). */
	| {type: 'livePosition'; position: LivePosition}
	/** f: the follower goes back to the live slide and moves with it again. */
	| {type: 'follow'}
	| {type: 'roomStatus'; status: RoomStatus}
	/** The presenter's `bideck follow …` line, for the console to show as the presenter does. */
	| {type: 'joinLine'; command: string}
	/** How many followers the presentation has, for the console to show. */
	| {type: 'audience'; followers: number};

export type InitialState = {
	catalog: Catalog;
	languages: readonly string[];
	language: string;
	slide?: number;
	now?: number;
	room?: Room;
};

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), Math.max(max, 0));

export function initialState(init: InitialState): State {
	return {
		slide: clamp(init.slide ?? 0, init.catalog.slides.length - 1),
		languages: init.languages,
		language: init.language,
		mode: 'slide',
		jump: '',
		query: '',
		selected: 0,
		showNotes: false,
		second: undefined,
		timerStart: init.now ?? 0,
		quitting: false,
		suspended: false,
		catalog: init.catalog,
		...(init.room ? {room: init.room} : {}),
	};
}

/** A room that starts out: a follower follows, nothing is heard yet. */
export const newRoom = (role: Role, join?: string): Room => ({role, following: true, status: role === 'presenter' ? 'live' : 'connecting', ...(join ? {join} : {})});

/** How many slides the deck has. */
export const slideCount = (state: State) => state.catalog.slides.length;

/** The slides listed in the index or the search, for the current query. */
export function listed(state: State): number[] {
	if (state.mode === 'index') return filterIndex(state.catalog, state.query);
	if (state.mode === 'search') return searchCatalog(state.catalog, state.query, state.languages, state.language).map(hit => hit.slide);
	return [];
}

/** The languages after `language` in the order t cycles them: the candidates for the second. */
function others(state: State): string[] {
	const index = state.languages.indexOf(state.language);
	return [...state.languages.slice(index + 1), ...state.languages.slice(0, Math.max(index, 0))].filter(language => language !== state.language);
}

/** What b shows next: the first other language; while two are shown, the next other language
 * beside the same first; after the last, one language again. With two languages b simply
 * turns the pair on and off. */
export function nextSecond(state: State): string | undefined {
	const candidates = others(state);
	if (state.second === undefined) return candidates[0];
	return candidates[candidates.indexOf(state.second) + 1];
}

const typing = (mode: Mode) => mode === 'index' || mode === 'search';
/** The longest filter or query, in characters: longer text finds nothing more, and every key
 * and every frame would search and draw all of it. */
export const maxQuery = 100;

/** `query` + `text` as one line of at most maxQuery characters (line breaks of a paste become spaces). */
function extendQuery(query: string, text: string): string {
	const room = maxQuery - [...query].length;
	if (room <= 0) return query;
	const line = text.slice(0, room * 2 + 2).replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
	return query + [...line].slice(0, room).join('');
}
const maxJumpDigits = (count: number) => String(count).length;
const goto = (state: State, slide: number): State => ({...state, slide: clamp(slide, slideCount(state) - 1), mode: 'slide', jump: '', query: ''});

/** Keys that move on one's own: they detach a follower from the live slide. */
const navigation = new Set<Action['type']>(['next', 'previous', 'first', 'last', 'goto']);

/** Moves with the presenter's position: the console always, a follower while following. Only the
 * slide and the timer follow; each terminal keeps its own language. */
function toLive(state: State, room: Room): State {
	const moves = room.live && (room.role === 'console' || (room.role === 'follower' && room.following));
	return moves ? {...state, slide: clamp(room.live!.slide, slideCount(state) - 1), timerStart: room.live!.timerStart, room} : {...state, room};
}

/** update, and what it means for the room: a follower that navigates detaches; a presenter that
 * moves on stops showing the join line. */
export function update(state: State, action: Action): State {
	const {room} = state;
	if (!room) return step(state, action);
	switch (action.type) {
		case 'livePosition': {
			const back = room.status !== 'live';
			const movedOn = room.live !== undefined && room.live.slide !== action.position.slide;
			const switched = room.languageAsked !== undefined && room.languageAsked !== action.position.language;
			return toLive(state, {
				...room,
				live: action.position,
				status: 'live',
				following: room.following || back,
				join: movedOn ? undefined : room.join,
				languageAsked: switched ? undefined : room.languageAsked,
			});
		}
		case 'joinLine':
			return room.role === 'console' ? {...state, room: {...room, join: action.command}} : state;
		case 'audience':
			return room.role === 'console' ? {...state, room: {...room, followers: action.followers}} : state;
		case 'toggleLanguage':
			// The console's t switches the projected screen's language, not its own.
			if (room.role !== 'console') break;
			return room.live && room.status === 'live' ? {...state, room: {...room, languageAsked: room.live.language}} : state;
		case 'follow':
			return room.role === 'follower' ? toLive({...state, mode: 'slide'}, {...room, following: true}) : state;
		case 'roomStatus': {
			// Back after the presenter ended or was lost: follow again; the position follows.
			const back = action.status === 'live' && room.status !== 'live';
			// Trying again after an end or a loss still says why there is no presenter.
			const retrying = action.status === 'connecting' && (room.status === 'ended' || room.status === 'lost');
			// A language switch asked of a presenter now gone is not asked of the next one.
			const languageAsked = action.status === 'live' ? room.languageAsked : undefined;
			return {...state, room: {...room, status: retrying ? room.status : action.status, following: room.following || back, languageAsked}};
		}
		default:
	}
	const next = step(state, action);
	const moved = next.slide !== state.slide || navigation.has(action.type);
	if (room.role === 'follower' && room.following && moved) return {...next, room: {...room, following: false}};
	if (room.role === 'presenter' && room.join && next.slide !== state.slide) return {...next, room: {...room, join: undefined}};
	return next;
}

function step(state: State, action: Action): State {
	switch (action.type) {
		case 'next':
			return {...state, slide: clamp(state.slide + 1, slideCount(state) - 1), jump: ''};
		case 'previous':
			return {...state, slide: clamp(state.slide - 1, slideCount(state) - 1), jump: ''};
		case 'first':
			return {...state, slide: 0, jump: ''};
		case 'last':
			return {...state, slide: slideCount(state) - 1, jump: ''};
		case 'goto':
			return goto(state, action.slide);
		case 'toggleLanguage': {
			const index = state.languages.indexOf(state.language);
			const language = state.languages[(index + 1) % state.languages.length]!;
			// Two languages shown: the new first never repeats the second, the two swap instead.
			return {...state, language, second: state.second === language ? state.language : state.second};
		}
		case 'openIndex':
			// The index opens with the current slide highlighted; i again closes it.
			return state.mode === 'index' ? {...state, mode: 'slide', query: ''} : {...state, mode: 'index', query: '', selected: state.slide, jump: ''};
		case 'openSearch':
			return {...state, mode: 'search', query: '', selected: 0, jump: ''};
		case 'toggleHelp':
			return {...state, mode: state.mode === 'help' ? 'slide' : 'help', jump: '', query: ''};
		case 'toggleSources':
			return {...state, mode: state.mode === 'sources' ? 'slide' : 'sources', jump: ''};
		case 'close':
			// Esc first clears what was typed, then closes.
			if (typing(state.mode) && state.query) return {...state, query: '', selected: state.mode === 'index' ? state.slide : 0};
			return {...state, mode: 'slide', jump: '', query: ''};
		case 'toggleNotes':
			return {...state, showNotes: !state.showNotes};
		case 'toggleBilingual':
			return {...state, second: nextSecond(state)};
		case 'resetTimer':
			return {...state, timerStart: action.now};
		case 'typeDigit': {
			const jump = state.jump.length >= maxJumpDigits(slideCount(state)) ? action.digit : state.jump + action.digit;
			return {...state, jump: jump === '0' ? '' : jump};
		}
		case 'eraseDigit':
			return state.jump ? {...state, jump: state.jump.slice(0, -1)} : update(state, {type: 'previous'});
		case 'typeText':
		case 'paste':
			return typing(state.mode) ? {...state, query: extendQuery(state.query, action.text), selected: 0} : state;
		case 'eraseText':
			return typing(state.mode) ? {...state, query: [...state.query].slice(0, -1).join(''), selected: 0} : state;
		case 'moveSelection': {
			const count = listed(state).length;
			return {...state, selected: count === 0 ? 0 : clamp(state.selected + action.by, count - 1)};
		}
		case 'confirm': {
			if (typing(state.mode)) {
				const slides = listed(state);
				const slide = slides[clamp(state.selected, slides.length - 1)];
				return slide === undefined ? state : goto(state, slide);
			}
			// Enter jumps to the typed slide number, or moves on like → when nothing was typed.
			return state.jump ? goto(state, Number(state.jump) - 1) : update(state, {type: 'next'});
		}
		case 'quit':
			return {...state, quitting: true};
		case 'suspend':
			return {...state, suspended: true};
		case 'resume':
			return {...state, suspended: false};
		case 'livePosition':
		case 'follow':
		case 'roomStatus':
		case 'joinLine':
		case 'audience':
			return state; // not in a room: nothing to follow
	}
}
