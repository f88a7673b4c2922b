import type {Chrome, DeckText} from '../deck/deck-schema.js';
import {checkSource, languageName} from '../deck/check-source.js';
import type {DeckSource, SourceFile} from '../deck/deck-source.js';
import {limits} from '../deck/bounds.js';
import {packageChrome, type Deck} from '../deck/load-deck.js';
import {own} from '../deck/own.js';
import type {Problem} from '../deck/problem.js';
import {maxFileBytes} from '../deck/read-json.js';
import {formatSize} from '../io/files.js';
import type {WireDeck} from './protocol.js';

// A deck travels as the values of its files (slides/deck.json, and per language deck.json and
// the labels its ui.json changes) and is checked on arrival by the one checker of decks read
// from disk (checkSource, source/deck/check-source.ts): the same size limit per file, bounds,
// sanitiser, schemas and cross-checks. It is never written anywhere.

/** The deck as sent to consoles and followers: notes only when the presenter shares them; of
 * the chrome, only the labels the deck's own ui.json changes (the follower's bideck has the
 * rest, in its own version). */
export function toWire(deck: Deck, shareNotes: boolean): WireDeck {
	const builtIn = packageChrome();
	const languages: WireDeck['languages'] = {};
	for (const language of deck.structure.languages) {
		const text = own(deck.text, language);
		if (!text) continue;
		const chrome = own(deck.chrome, language);
		const changed = chrome && changedLabels(chrome, own(builtIn, language) ?? {language: {name: languageName(language)}});
		languages[language] = {text: shareNotes ? text : withoutNotes(text), ...(changed ? {chrome: changed} : {})};
	}
	return {structure: deck.structure, languages};
}

function withoutNotes(text: DeckText): DeckText {
	const slides: DeckText['slides'] = {};
	for (const [id, {notes: _notes, ...slide}] of Object.entries(text.slides)) define(slides, id, slide);
	return {...text, slides};
}

/** The labels of `chrome` that differ from `base`, or undefined when none does. */
function changedLabels(chrome: Chrome, base: Chrome): Chrome | undefined {
	const changed: Chrome = {};
	for (const [key, value] of Object.entries(chrome)) {
		const other = own(base, key);
		if (typeof value === 'string') {
			if (value !== other) define(changed, key, value);
		} else {
			const inner = changedLabels(value, typeof other === 'object' ? other : {});
			if (inner) define(changed, key, inner);
		}
	}
	return Object.keys(changed).length > 0 ? changed : undefined;
}

/** Sets an own property: keys come from deck files. */
function define<T>(record: Record<string, T>, key: string, value: T): void {
	Object.defineProperty(record, key, {value, enumerable: true, writable: true, configurable: true});
}

/** Checks a received deck as loadDeck checks one on disk; problems name its files as
 * "<label>/locales/en/deck.json". */
export function fromWire(wire: WireDeck, label: string): {deck?: Deck; problems: Problem[]} {
	const problems: Problem[] = [];
	const names = Object.keys(wire.languages);
	if (names.length > limits.languages) return {problems: [{file: label, message: `more than ${limits.languages} languages`}]};
	const file = (name: string, value: unknown): SourceFile | undefined => {
		const at = `${label}/${name}`;
		// As a file on disk would be: refused whole over the size limit.
		const size = Buffer.byteLength(JSON.stringify(value) ?? '');
		if (size > maxFileBytes) {
			problems.push({file: at, message: 'validate.problem.tooLarge', values: {size: formatSize(size, 1), limit: formatSize(maxFileBytes, 0)}});
			return undefined;
		}
		return {file: at, value, locate: () => undefined};
	};
	const source: DeckSource = {dir: label, format: 'json', structure: file('slides/deck.json', wire.structure), languages: {}, problems};
	for (const [language, files] of Object.entries(wire.languages)) {
		define(source.languages, language, {
			text: file(`locales/${language}/deck.json`, files.text),
			chrome: files.chrome === undefined ? undefined : file(`locales/${language}/ui.json`, files.chrome),
		});
	}
	return checkSource(source, {fit: false});
}
