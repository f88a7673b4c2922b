import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {starterDeckDir} from '../../source/commands/new.js';
import {expectOneLineError, runCli} from '../helpers.js';
import {filesIn, folderWith, markdownAgain, tempFolder} from './folders.js';

// bideck new: a small starter deck that bideck validate passes, in either format.

describe('bideck new', () => {
	it('writes a Markdown deck by default, one file per language, that validates clean', () => {
		const dir = path.join(tempFolder(), 'talk');
		expect(runCli(['new', dir, '--lang', 'en,zh-Hant,ja'])).toMatchObject({code: 0, stdout: '', stderr: ''});
		expect(Object.keys(filesIn(dir)).sort()).toEqual(['deck.en.md', 'deck.ja.md', 'deck.zh-Hant.md']);
		expect(fs.readFileSync(path.join(dir, 'deck.ja.md'), 'utf8')).toContain('# はじめてのスライド');
		const result = runCli(['validate', dir]);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/: 3 slides in en, zh-Hant, ja: no problems\n$/);
	});

	it('writes JSON with --format json; a language the starter lacks gets the English text', () => {
		const dir = path.join(tempFolder(), 'talk');
		expect(runCli(['new', dir, '--lang', 'fr, EN', '--format', 'json']).code).toBe(0);
		expect(Object.keys(filesIn(dir)).sort()).toEqual(['locales/en/deck.json', 'locales/fr/deck.json', 'slides/deck.json']);
		expect(JSON.parse(fs.readFileSync(path.join(dir, 'slides', 'deck.json'), 'utf8')).languages).toEqual(['fr', 'en']);
		expect(fs.readFileSync(path.join(dir, 'locales', 'fr', 'deck.json'), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'locales', 'en', 'deck.json'), 'utf8'));
		expect(runCli(['validate', dir]).stdout).toMatch(/: 3 slides in fr, en: no problems\n$/);
	});

	it('writes en and zh-Hant without --lang', () => {
		const dir = path.join(tempFolder(), 'talk');
		expect(runCli(['new', dir]).code).toBe(0);
		expect(Object.keys(filesIn(dir)).sort()).toEqual(['deck.en.md', 'deck.zh-Hant.md']);
	});

	it('the starter is written as the writer writes: Markdown → JSON → Markdown gives its files back', () => {
		expect(markdownAgain(starterDeckDir)).toEqual(filesIn(starterDeckDir));
	});

	it('usage errors and a folder in use: one line each', () => {
		expectOneLineError(runCli(['new']), 2, /^bideck: new needs a folder for the deck: bideck new DIR/);
		const dir = path.join(tempFolder(), 'talk');
		expectOneLineError(runCli(['new', dir, '--format', 'yaml']), 2, /^bideck: --format yaml: a new deck is markdown or json/);
		expectOneLineError(runCli(['new', dir, '--lang', 'en,not a tag']), 2, /^bideck: --lang not a tag: not a language tag/);
		expect(fs.existsSync(dir)).toBe(false);
		const busy = folderWith({'deck.en.md': 'mine'});
		expectOneLineError(runCli(['new', busy]), 1, /already exists and is not an empty folder/);
		expect(fs.readFileSync(path.join(busy, 'deck.en.md'), 'utf8')).toBe('mine');
	});
});

describe('--help', () => {
	it('lists new and convert, in English and in Chinese', () => {
		for (const lang of ['en', 'zh']) {
			const {stdout} = runCli(['--help', '--lang', lang]);
			expect(stdout).toContain('bideck new DIR [--lang en,zh-Hant] [--format markdown|json]');
			expect(stdout).toContain('bideck convert DIR --to markdown|json OUT');
		}
	});
});
