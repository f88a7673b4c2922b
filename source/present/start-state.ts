import {buildCatalog} from '../deck/catalog.js';
import type {I18n} from '../deck/i18n.js';
import type {Deck} from '../deck/load-deck.js';
import {initialState, type State} from './state.js';

/** The presenter's first state for a deck: its catalog, languages, and start slide. */
export function startState(deck: Deck, i18n: I18n, start: {language: string; slide?: number; languages?: readonly string[]}): State {
	const languages = start.languages ?? deck.structure.languages;
	return initialState({
		catalog: buildCatalog(deck, i18n, languages),
		languages,
		language: start.language,
		slide: start.slide,
		now: Date.now(),
	});
}
