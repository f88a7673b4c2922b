import {afterEach, describe, expect, it} from 'vitest';
import {cleanupApps, deckCopy, englishOnly, exampleDeckDir, plain, renderApp} from '../helpers.js';

// The status bar offers only keys that do something for this deck.

afterEach(() => cleanupApps());

describe('status bar', () => {
	it('hints t and b in a deck of two languages, not in a deck of one', () => {
		const status = (deckDir: string) => plain(renderApp({deckDir, language: 'en', columns: 120, rows: 24}).frame()).at(-1)!;
		expect(status(exampleDeckDir)).toMatch(/ t 繁體中文 · b both /);
		const single = status(deckCopy(englishOnly));
		expect(single).toMatch(/ i index /);
		expect(single).not.toMatch(/ t |· b /);
	});
});
