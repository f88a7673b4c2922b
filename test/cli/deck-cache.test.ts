import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {deckCopy, editJson, root, runCli} from '../helpers.js';

// A deck other than the built-in one is kept, once checked, in the user's cache folder, and taken
// from there while its files are unchanged (source/deck/deck-cache.ts). Seen from outside: the
// built CLI, a private XDG_CACHE_HOME, and the kept file edited by hand to tell a start that
// took it from one that read the deck.

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

function setUp(deck = deckCopy()) {
	const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-cache-'));
	made.push(cache);
	const print = () => runCli(['--print', '--lang', 'en', '--deck', deck], {env: {XDG_CACHE_HOME: cache}});
	const folder = path.join(cache, 'bideck', 'decks');
	const kept = () => (fs.existsSync(folder) ? fs.readdirSync(folder).map(name => path.join(folder, name)) : []);
	/** Marks the kept deck's title: shown only by a start that takes the deck from the cache. */
	const mark = () => {
		const [file] = kept();
		const cached = JSON.parse(fs.readFileSync(file!, 'utf8'));
		cached.deck.text.en.title = 'TAKEN FROM THE CACHE';
		fs.writeFileSync(file!, JSON.stringify(cached));
		return cached;
	};
	return {cache, deck, print, kept, mark};
}

describe('a deck kept in the cache', () => {
	it('is kept once it loads, and taken while its files are unchanged', () => {
		const {print, kept, mark} = setUp();
		const first = print();
		expect(first.code).toBe(0);
		expect(kept()).toHaveLength(1);
		expect(fs.statSync(kept()[0]!).mode & 0o777).toBe(0o600);
		expect(fs.statSync(path.dirname(kept()[0]!)).mode & 0o777).toBe(0o700);
		mark();
		const second = print();
		expect(second.stdout).toContain('TAKEN FROM THE CACHE');
		// Apart from the mark, the same output.
		expect(second.stdout).toBe(first.stdout.replaceAll('A minimal bideck deck', 'TAKEN FROM THE CACHE'));
	});

	it('a Markdown deck with emphasis and three languages is kept too, and prints the same from the cache', () => {
		const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-md-'));
		made.push(copy);
		fs.cpSync(path.join(root, 'examples', 'three-languages'), copy, {recursive: true});
		const {print, kept, mark} = setUp(copy);
		const first = print();
		expect(first.code).toBe(0);
		expect(kept()).toHaveLength(1);
		expect(print().stdout).toBe(first.stdout);
		mark();
		expect(print().stdout).toBe(first.stdout.replace('The trams of Harbourne', 'TAKEN FROM THE CACHE'));
	});

	it('is read and checked again when a file changes, is added or is removed, or by another build', () => {
		const {deck, print, mark, kept} = setUp();
		print();
		mark();
		expect(print().stdout).toContain('TAKEN FROM THE CACHE');
		editJson(deck, 'locales/en/deck.json', text => void (text.slides.words.title = 'Edited words'));
		const edited = print();
		expect(edited.stdout).not.toContain('TAKEN FROM THE CACHE');
		expect(edited.stdout).toContain('Edited words');

		mark();
		fs.writeFileSync(path.join(deck, 'locales', 'en', 'ui.json'), '{"index": {"typeToFilter": "Filter…"}}');
		expect(print().stdout).not.toContain('TAKEN FROM THE CACHE');
		mark();
		fs.rmSync(path.join(deck, 'locales', 'en', 'ui.json'));
		expect(print().stdout).not.toContain('TAKEN FROM THE CACHE');

		const cached = mark();
		fs.writeFileSync(kept()[0]!, JSON.stringify({...cached, build: 'another build'}));
		expect(print().stdout).not.toContain('TAKEN FROM THE CACHE');
	});

	it('a deck with problems is not kept; a cache that cannot be written changes nothing', () => {
		const {deck, print, kept, cache} = setUp();
		editJson(deck, 'locales/en/deck.json', text => void (text.title = ''));
		expect(print().code).toBe(1);
		expect(kept()).toEqual([]);
		// The cache folder a file: nothing can be kept, the deck shows all the same.
		const blocked = deckCopy();
		fs.mkdirSync(path.join(cache, 'bideck'), {recursive: true});
		fs.writeFileSync(path.join(cache, 'bideck', 'decks'), 'not a folder');
		const result = runCli(['--print', '--lang', 'en', '--deck', blocked], {env: {XDG_CACHE_HOME: cache}});
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('A minimal deck');
	});
});
