import i18next, {type i18n as I18n, type TFunction} from 'i18next';
import type {DeckText, SlideText} from './deck-schema.js';
import type {Deck} from './load-deck.js';
import {own} from './own.js';

export type {I18n, TFunction};

/**
 * One i18next instance per deck, built synchronously from the files already read: namespace
 * "ui" is the program's chrome, "deck" the deck's text. Components never hold text themselves.
 */
export function createI18n(deck: Pick<Deck, 'chrome' | 'text'>, language = 'en'): I18n {
	const resources: Record<string, {ui?: object; deck?: object}> = {};
	for (const [language, chrome] of Object.entries(deck.chrome)) resources[language] = {ui: chrome};
	for (const [language, text] of Object.entries(deck.text)) resources[language] = {...own(resources, language), deck: text};

	const instance = i18next.createInstance();
	void instance.init({
		resources,
		lng: language,
		fallbackLng: 'en',
		ns: ['ui', 'deck'],
		defaultNS: 'ui',
		initAsync: false,
		interpolation: {escapeValue: false},
		returnNull: false,
	});
	return instance;
}

/** The chrome translator for a language. */
export function chromeFor(i18n: I18n, language: string): TFunction {
	return i18n.getFixedT(language, 'ui');
}

/** A deck's text in a language: the "deck" namespace, as loadDeck read and checked it. The one
 * place that reads deck text out of i18next (as data: deck text is never a template). */
export function deckText(i18n: I18n, language: string): DeckText {
	const text = i18n.getResourceBundle(language, 'deck') as DeckText | undefined;
	if (!text) throw new Error(`no deck text in ${language}`);
	return text;
}

/** A slide's text in a language. Ids are looked up as own properties only, so an id such as
 * "constructor" or "a.b" is just a name. */
export function slideText(i18n: I18n, language: string, id: string): SlideText {
	const text = own(deckText(i18n, language).slides, id);
	if (!text) throw new Error(`no text for slide ${id} in ${language}`);
	return text;
}

export function deckTitle(i18n: I18n, language: string): string {
	return deckText(i18n, language).title;
}

export function sectionHeading(i18n: I18n, language: string, section: string): string | undefined {
	return own(deckText(i18n, language).sections, section);
}
