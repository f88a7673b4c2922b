import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {cleanupApps, exampleDeckDir, plain, renderApp} from '../helpers.js';

// The status bar offers only keys that do something for this deck.

const made: string[] = [];
afterEach(() => cleanupApps());
afterAll(() => {
	for (const dir of made) fs.rmSync(dir, {recursive: true, force: true});
});

/** examples/minimal in English only. */
function englishOnlyDeck(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-one-language-'));
	made.push(dir);
	fs.cpSync(exampleDeckDir, dir, {recursive: true});
	fs.rmSync(path.join(dir, 'locales', 'zh-Hant'), {recursive: true});
	const structure = JSON.parse(fs.readFileSync(path.join(dir, 'slides', 'deck.json'), 'utf8'));
	fs.writeFileSync(path.join(dir, 'slides', 'deck.json'), JSON.stringify({...structure, languages: ['en']}));
	return dir;
}

describe('status bar', () => {
	it('hints t and b in a deck of two languages, not in a deck of one', () => {
		const status = (deckDir: string) => plain(renderApp({deckDir, language: 'en', columns: 120, rows: 24}).frame()).at(-1)!;
		expect(status(exampleDeckDir)).toMatch(/ t 繁體中文 · b both /);
		const single = status(englishOnlyDeck());
		expect(single).toMatch(/ i index /);
		expect(single).not.toMatch(/ t |· b /);
	});
});
