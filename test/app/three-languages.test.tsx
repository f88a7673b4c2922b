import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {loadAnyDeck} from '../../source/deck/open-deck.js';
import {cleanupApps, plain, renderApp, runCli, threeLanguagesDir as threeLanguages} from '../helpers.js';

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

describe('the same deck written in Markdown (deck.en.md, deck.zh-Hant.md, deck.ja.md)', () => {
	const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-three-md-')), 'deck');
	afterAll(() => fs.rmSync(path.dirname(dir), {recursive: true, force: true}));

	it('converts, validates, and b chooses the second language as in JSON', async () => {
		expect(runCli(['convert', threeLanguages, '--to', 'markdown', dir]).code).toBe(0);
		expect(fs.readdirSync(dir).sort()).toEqual(['deck.en.md', 'deck.ja.md', 'deck.zh-Hant.md']);
		expect(runCli(['validate', dir]).code).toBe(0);
		const app = renderApp({deck: await loadAnyDeck(dir), slide: 1, columns: 100, rows: 30});
		expect(statusBar(await app.press('b'))).toContain('English + 繁體中文');
		const second = await app.press('b');
		expect(statusBar(second)).toContain('English + 日本語');
		expect(plain(second).find(line => line.includes('How a rain garden works'))).toContain('雨庭の仕組み');
		expect(statusBar(await app.press('b'))).not.toContain('+');
	});

	it('--print --lang ja,en writes those two languages of the Markdown deck, in that order', () => {
		const result = runCli(['--print', '--deck', dir, '--lang', 'ja,en']);
		expect(result.code).toBe(0);
		const japanese = result.stdout.indexOf('雨庭の仕組み');
		expect(japanese).toBeGreaterThan(-1);
		expect(result.stdout.indexOf('How a rain garden works')).toBeGreaterThan(japanese);
		expect(result.stdout).not.toContain('雨水花園如何運作');
	});
});
