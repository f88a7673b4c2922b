import {afterEach, describe, expect, it} from 'vitest';
import {cleanupApps, plain, renderApp, threeLanguagesDir as threeLanguages} from '../helpers.js';

// A deck in three languages (en, zh-Hant, ja) in the presenter: b chooses the second language
// by cycling it, t keeps the pair sensible, and the status bar names both languages shown.

afterEach(() => cleanupApps());
const statusBar = (frame: string) => plain(frame).at(-1) ?? '';

describe('b with three languages', () => {
	it('b shows the next language beside this one, b again the one after, b again one language', async () => {
		const app = renderApp({deckDir: threeLanguages, slide: 1, columns: 100, rows: 30});
		const first = await app.press('b');
		expect(statusBar(first)).toContain('English + 繁體中文');
		expect(first).toContain('雨水花園如何運作');
		expect(first).not.toContain('雨庭の仕組み');

		const second = await app.press('b');
		expect(statusBar(second)).toContain('English + 日本語');
		const row = plain(second).find(line => line.includes('How a rain garden works')) ?? '';
		expect(row).toContain('雨庭の仕組み');
		expect(second).not.toContain('雨水花園如何運作');

		const off = await app.press('b');
		expect(statusBar(off)).not.toContain('+');
		expect(off).toContain('How a rain garden works');
		expect(off).not.toContain('雨庭の仕組み');
	});

	it('t while two are shown changes the first language and keeps the chosen second', async () => {
		const app = renderApp({deckDir: threeLanguages, slide: 1, columns: 100, rows: 30});
		await app.press('b', 'b');
		const switched = await app.press('t');
		expect(statusBar(switched)).toContain('繁體中文 + 日本語');
		expect(plain(switched).find(line => line.includes('雨水花園如何運作'))).toContain('雨庭の仕組み');
		expect(statusBar(await app.press('t'))).toContain('日本語 + 繁體中文');
	});

	it('with --lang ja,en, t and b offer only those two, in that order', async () => {
		const app = renderApp({deckDir: threeLanguages, language: 'ja', languages: ['ja', 'en'], slide: 1, columns: 100, rows: 30});
		expect(statusBar(await app.press('b'))).toContain('日本語 + English');
		expect(statusBar(await app.press('b'))).not.toContain('+');
		expect(await app.press('t')).toContain('How a rain garden works');
		expect(await app.press('t')).toContain('雨庭の仕組み');
	});

	it('the help screen says how b chooses the second language', async () => {
		const app = renderApp({deckDir: threeLanguages, rows: 30});
		const help = plain(await app.press('?')).join('\n');
		expect(help).toMatch(/b\s+a second language beside \(again: the next one, then off\)/);
	});
});
