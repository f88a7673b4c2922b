import type {DeckSource} from './deck-source.js';
import {checkSource} from './check-source.js';
import {readSource, type Deck} from './load-deck.js';
import {isMarkdownDeck} from './markdown/format.js';
import {DeckError, isError, type Problem} from './problem.js';
import {prepareInline} from '../text/inline.js';

// Reading a deck in either format. The Markdown reader (the Markdown and YAML parsers) is
// imported only for a Markdown deck, so that a JSON deck never pays for it; readSource,
// readDeck and loadDeck in load-deck.ts read JSON decks only.

/** Reads a deck folder in whichever format it is written, without checking it; the inline
 * Markdown parser is loaded too when some of its text holds a marker, for the checks that lay
 * text out (see text/inline.ts): a deck without emphasis never loads it. */
export async function readAnySource(dir: string): Promise<DeckSource> {
	const source = isMarkdownDeck(dir) ? (await import('./markdown/read.js')).readMarkdownSource(dir) : readSource(dir);
	await prepareInline(Object.values(source.languages).map(language => language.text?.value));
	return source;
}

/** readDeck for a deck in either format. */
export async function readAnyDeck(dir: string): Promise<{deck?: Deck; problems: Problem[]}> {
	return checkSource(await readAnySource(dir), {fit: false});
}

/** loadDeck for a deck in either format. */
export async function loadAnyDeck(dir: string): Promise<Deck> {
	const source = await readAnySource(dir);
	const {deck} = checkSource(source, {fit: false});
	if (!deck) throw new DeckError(checkSource(source).problems.filter(isError));
	return deck;
}
