// All navigation and mode logic lives in one pure function, update(state, action) → state,
// in the manner of the Elm architecture: the views only read State, the key table only
// produces Actions.

export type Mode = 'slide' | 'index' | 'help';

export type State = {
	/** Current slide, 0-based. */
	slide: number;
	slideCount: number;
	/** The deck's languages, in the order the toggle cycles through them. */
	languages: readonly string[];
	language: string;
	mode: Mode;
	/** Digits typed so far for a jump ("12" then Enter goes to slide 12). */
	jump: string;
	showNotes: boolean;
	columns: number;
	rows: number;
	quitting: boolean;
};

export type Action =
	| {type: 'next'}
	| {type: 'previous'}
	| {type: 'first'}
	| {type: 'last'}
	| {type: 'goto'; slide: number}
	| {type: 'toggleLanguage'}
	| {type: 'openIndex'}
	| {type: 'toggleHelp'}
	| {type: 'close'}
	| {type: 'toggleNotes'}
	| {type: 'typeDigit'; digit: string}
	| {type: 'eraseDigit'}
	| {type: 'confirm'}
	| {type: 'resize'; columns: number; rows: number}
	| {type: 'quit'};

export type InitialState = {
	slideCount: number;
	languages: readonly string[];
	language: string;
	slide?: number;
	columns?: number;
	rows?: number;
};

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), Math.max(max, 0));

export function initialState(init: InitialState): State {
	return {
		slide: clamp(init.slide ?? 0, init.slideCount - 1),
		slideCount: init.slideCount,
		languages: init.languages,
		language: init.language,
		mode: 'slide',
		jump: '',
		showNotes: false,
		columns: init.columns ?? 80,
		rows: init.rows ?? 24,
		quitting: false,
	};
}

/** The largest slide number a jump may still grow towards (so "9" "9" on a 17-slide deck stops at 9). */
const maxJumpDigits = (count: number) => String(count).length;

export function update(state: State, action: Action): State {
	switch (action.type) {
		case 'next':
			return {...state, slide: clamp(state.slide + 1, state.slideCount - 1), jump: ''};
		case 'previous':
			return {...state, slide: clamp(state.slide - 1, state.slideCount - 1), jump: ''};
		case 'first':
			return {...state, slide: 0, jump: ''};
		case 'last':
			return {...state, slide: state.slideCount - 1, jump: ''};
		case 'goto':
			return {...state, slide: clamp(action.slide, state.slideCount - 1), mode: 'slide', jump: ''};
		case 'toggleLanguage': {
			const index = state.languages.indexOf(state.language);
			return {...state, language: state.languages[(index + 1) % state.languages.length]!};
		}
		case 'openIndex':
			return {...state, mode: state.mode === 'index' ? 'slide' : 'index', jump: ''};
		case 'toggleHelp':
			return {...state, mode: state.mode === 'help' ? 'slide' : 'help', jump: ''};
		case 'close':
			return {...state, mode: 'slide', jump: ''};
		case 'toggleNotes':
			return {...state, showNotes: !state.showNotes};
		case 'typeDigit': {
			const jump = state.jump.length >= maxJumpDigits(state.slideCount) ? action.digit : state.jump + action.digit;
			return {...state, jump: jump === '0' ? '' : jump};
		}
		case 'eraseDigit':
			return state.jump ? {...state, jump: state.jump.slice(0, -1)} : update(state, {type: 'previous'});
		case 'confirm':
			// Enter jumps to the typed slide number, or moves on like → when nothing was typed.
			return state.jump ? update(state, {type: 'goto', slide: Number(state.jump) - 1}) : update(state, {type: 'next'});
		case 'resize':
			return {...state, columns: Math.max(1, action.columns), rows: Math.max(1, action.rows)};
		case 'quit':
			return {...state, quitting: true};
	}
}
