import fs from 'node:fs';
import type {Chrome, DeckText, Structure} from './deck-schema.js';
import type {DeckSource} from './deck-source.js';
import {checkSource} from './check-source.js';
import {DeckError, isError, type Problem} from './problem.js';
import {readJsonDeck} from './read-json-deck.js';

export {builtInDeckDir, packageRoot} from './package-root.js';
export {packageChrome} from './package-chrome.js';

export type Deck = {
	dir: string;
	structure: Structure;
	/** Deck text per language. */
	text: Record<string, DeckText>;
	/** UI chrome per language: the program's, with the labels the deck changes laid over it;
	 * a key neither has falls back to English. */
	chrome: Record<string, Chrome>;
};

/** Reads a deck folder in whichever format it is written, without checking it. */
export function readSource(dir: string): DeckSource {
	let stat: fs.Stats | undefined;
	try {
		stat = fs.statSync(dir);
	} catch {}
	if (!stat?.isDirectory()) {
		return {dir, format: 'json', languages: {}, problems: [{file: dir, message: stat ? 'validate.problem.notAFolder' : 'validate.problem.deckNotFound'}]};
	}
	return readJsonDeck(dir);
}

/** Reads and checks a deck, collecting every problem instead of stopping at the first; the
 * fit check is left to validate (checkDeck). */
export function readDeck(dir: string): {deck?: Deck; problems: Problem[]} {
	return checkSource(readSource(dir), {fit: false});
}

/** Loads a deck for showing it; throws a DeckError naming every problem (the fit check's too,
 * so that its count is the one `bideck validate` gives). */
export function loadDeck(dir: string): Deck {
	const source = readSource(dir);
	const {deck} = checkSource(source, {fit: false});
	if (!deck) throw new DeckError(checkSource(source).problems.filter(isError));
	return deck;
}
