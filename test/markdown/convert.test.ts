import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadDeck, type Deck} from '../../source/deck/load-deck.js';
import {loadAnyDeck} from '../../source/deck/open-deck.js';
import {exampleDeckDir, expectOneLineError, root, runCli} from '../helpers.js';
import {filesIn, folderWith, tempFolder} from './folders.js';

// bideck convert, as a process: JSON → Markdown → JSON gives the same deck, Markdown → JSON →
// Markdown the same text; a folder that is there already is never written into.

const convert = (dir: string, to: string) => {
	const out = path.join(tempFolder(), 'out');
	const result = runCli(['convert', dir, '--to', to, out]);
	expect(result).toMatchObject({code: 0, stdout: '', stderr: ''});
	return out;
};
const content = ({structure, text, chrome}: Deck) => ({structure, text, chrome});

describe('bideck convert', () => {
	for (const [name, dir] of [
		['the forum deck', root],
		['examples/minimal', exampleDeckDir],
	] as const) {
		it(`round-trips ${name}: JSON → Markdown → JSON, the same deck; Markdown → JSON → Markdown, the same text`, async () => {
			const original = content(loadDeck(dir));
			const markdown = convert(dir, 'markdown');
			expect(Object.keys(filesIn(markdown)).sort()).toEqual(original.structure.languages.map(language => `deck.${language}.md`).sort());
			expect(content(await loadAnyDeck(markdown))).toEqual(original);
			const json = convert(markdown, 'json');
			expect(content(loadDeck(json))).toEqual(original);
			expect(filesIn(convert(json, 'markdown'))).toEqual(filesIn(markdown));
		});
	}

	it("keeps the labels a deck changes (front matter ui ↔ ui.json) both ways", async () => {
		const dir = folderWith({
			'deck.en.md': '---\ntitle: Labels\nlanguages: [en]\nui:\n  hints:\n    quit: leave\n---\n\n<!-- slide: one\nkind: title\n-->\n\n# One\n',
		});
		const json = convert(dir, 'json');
		expect(JSON.parse(fs.readFileSync(path.join(json, 'locales', 'en', 'ui.json'), 'utf8'))).toEqual({hints: {quit: 'leave'}});
		expect(filesIn(convert(json, 'markdown'))).toEqual(filesIn(dir));
		expect((await loadAnyDeck(dir)).chrome['en']).toMatchObject({hints: {quit: 'leave'}});
	});

	it('writes nothing into a folder that is not empty, or over a file: one line, exit 1', () => {
		const busy = folderWith({'notes.txt': 'mine'});
		expectOneLineError(runCli(['convert', exampleDeckDir, '--to', 'markdown', busy]), 1, /^bideck: .* already exists and is not an empty folder/);
		expect(fs.readdirSync(busy)).toEqual(['notes.txt']);
		expectOneLineError(runCli(['convert', exampleDeckDir, '--to', 'json', path.join(busy, 'notes.txt')]), 1, /already exists and is not an empty folder/);
		// An empty folder is fine.
		const empty = tempFolder();
		expect(runCli(['convert', exampleDeckDir, '--to', 'markdown', empty]).code).toBe(0);
		expect(fs.readdirSync(empty).sort()).toEqual(['deck.en.md', 'deck.zh-Hant.md']);
	});

	it('usage errors: one line, exit 2', () => {
		const out = path.join(tempFolder(), 'out');
		expectOneLineError(runCli(['convert', exampleDeckDir, out]), 2, /^bideck: convert needs --to markdown or --to json \(see bideck --help\)$/);
		expectOneLineError(runCli(['convert', exampleDeckDir, '--to', 'yaml', out]), 2, /^bideck: --to yaml: use markdown or json/);
		expectOneLineError(runCli(['convert', exampleDeckDir, '--to', 'json']), 2, /^bideck: convert needs the deck's folder and a new folder/);
		expectOneLineError(runCli(['convert', exampleDeckDir, '--to', 'json', out, 'more']), 2, /^bideck: unexpected argument "more"/);
		expectOneLineError(runCli(['--to', 'json']), 2, /^bideck: --to only goes with convert/);
		expect(fs.existsSync(out)).toBe(false);
	});

	it('a deck with problems is not converted: one line, exit 1', () => {
		const broken = folderWith({'deck.en.md': '---\ntitle: Broken\nlanguages: [en]\n---\n\n<!-- slide: one\nkind: nonsense\n-->\n\n# One\n'});
		const out = path.join(tempFolder(), 'out');
		expectOneLineError(runCli(['convert', broken, '--to', 'json', out]), 1, /^bideck: cannot load the deck: .*deck\.en\.md:7:7: /);
		expect(fs.existsSync(out)).toBe(false);
	});
});
