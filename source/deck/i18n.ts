import i18next, {type i18n as I18n, type TFunction} from 'i18next';
import type {SlideText} from './deck-schema.js';
import type {Deck} from './load-deck.js';

export type {I18n, TFunction};

/**
 * One i18next instance per deck, built synchronously from the files already read: namespace
 * "ui" is the program's chrome, "deck" the deck's text. Components never hold text themselves.
 */
export function createI18n(deck: Pick<Deck, 'chrome' | 'text'>, language = 'en'): I18n {
	const resources: Record<string, {ui?: object; deck?: object}> = {};
	for (const [language, chrome] of Object.entries(deck.chrome)) resources[language] = {ui: chrome};
	for (const [language, text] of Object.entries(deck.text)) resources[language] = {...resources[language], deck: text};

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

/** A slide's text in a language, read as data (no interpolation: deck text is not a template). */
export function slideText(i18n: I18n, language: string, id: string): SlideText {
	return i18n.getResource(language, 'deck', `slides.${id}`) as SlideText;
}

export function deckTitle(i18n: I18n, language: string): string {
	return i18n.getResource(language, 'deck', 'title') as string;
}

export function sectionHeading(i18n: I18n, language: string, section: string): string | undefined {
	return i18n.getResource(language, 'deck', `sections.${section}`) as string | undefined;
}
