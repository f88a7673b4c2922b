import type {Deck} from './load-deck.js';
import {isMarkdownDeck} from './markdown/format.js';
import {DeckError, type Problem} from './problem.js';

// Reading a deck in either format. The Markdown reader (the Markdown and YAML parsers) is
// imported only for a Markdown deck, and the JSON reader only for a JSON one, so neither costs
// the other's start-up.

/** Reads and checks the deck in `dir`, whichever its format. */
export async function readAnyDeck(dir: string): Promise<{deck?: Deck; problems: Problem[]}> {
	if (isMarkdownDeck(dir)) {
		const [{readMarkdownDeck}, {packageChrome}] = await Promise.all([import('./markdown/load.js'), import('./load-deck.js')]);
		return readMarkdownDeck(dir, packageChrome());
	}
	return (await import('./load-deck.js')).readDeck(dir);
}

/** Loads a deck for showing it; throws a DeckError naming every problem. */
export async function loadAnyDeck(dir: string): Promise<Deck> {
	const {deck, problems} = await readAnyDeck(dir);
	if (!deck) throw new DeckError(problems);
	return deck;
}
