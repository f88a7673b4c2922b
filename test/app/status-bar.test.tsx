import {afterEach, describe, expect, it} from 'vitest';
import {cleanupApps, deckCopy, englishOnly, exampleDeckDir, plain, renderApp, threeLanguagesDir} from '../helpers.js';

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

	it("b's hint says what b does next: both, then one language; with three, each language it adds in turn", async () => {
		const two = renderApp({deckDir: exampleDeckDir, language: 'en', columns: 140, rows: 24});
		expect(plain(two.frame()).at(-1)).toContain(' b both ');
		expect(plain(await two.press('b')).at(-1)).toContain(' b one language ');
		const three = renderApp({deckDir: threeLanguagesDir, language: 'en', columns: 140, rows: 24});
		expect(plain(three.frame()).at(-1)).toContain(' b + 繁體中文 ');
		expect(plain(await three.press('b')).at(-1)).toContain(' b + 日本語 ');
		expect(plain(await three.press('b')).at(-1)).toContain(' b one language ');
		expect(plain(await three.press('b')).at(-1)).toContain(' b + 繁體中文 ');
		// In Chinese too.
		const chinese = renderApp({deckDir: exampleDeckDir, language: 'zh-Hant', columns: 140, rows: 24});
		expect(plain(chinese.frame()).at(-1)).toContain(' b 雙語 ');
		expect(plain(await chinese.press('b')).at(-1)).toContain(' b 單語 ');
	});
});
