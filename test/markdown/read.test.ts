import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readMarkdownSource} from '../../source/deck/markdown/read.js';
import {writeMarkdownDeck, type DeckValues} from '../../source/deck/markdown/write.js';
import {exampleDeckDir, root} from '../helpers.js';
import {folderWith} from './folders.js';

// The Markdown reader against the JSON files: a deck written as Markdown reads back as the very
// values of its JSON files, every value located at its line and column.

const json = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** A JSON deck's raw values, as its files hold them. */
function jsonValues(dir: string): DeckValues {
	const structure = json(path.join(dir, 'slides', 'deck.json'));
	return {structure, text: Object.fromEntries(structure.languages.map((language: string) => [language, json(path.join(dir, 'locales', language, 'deck.json'))]))};
}


const written = (values: DeckValues) => folderWith(Object.fromEntries([...writeMarkdownDeck(values)].map(([language, text]) => [`deck.${language}.md`, text])));

describe('readMarkdownSource', () => {
	for (const [name, dir] of [
		['the forum deck', root],
		['examples/minimal', exampleDeckDir],
	] as const) {
		it(`reads ${name}, written as Markdown, as the values of its JSON files`, () => {
			const values = jsonValues(dir);
			const source = readMarkdownSource(written(values));
			expect(source.problems).toEqual([]);
			expect(source.format).toBe('markdown');
			expect(source.structure!.value).toEqual(values.structure);
			for (const language of values.structure.languages) expect(source.languages[language]!.text!.value).toEqual(values.text[language]);
		});
	}

	it('locates values at the line and column they are written', () => {
		const dir = folderWith({
			'deck.en.md': [
				'---',
				'title: Trams',
				'languages: [en]',
				'sections:',
				'  - id: history',
				'    paragraphs: 2',
				'    heading: A short history',
				'---',
				'',
				'<!-- slide: first',
				'kind: speaker',
				'refs: [history#1, history#2]',
				'-->',
				'',
				'# The *first* line',
				'',
				'### Ada — driver',
				'',
				'- One **point**',
				'  wrapped',
				'- Two',
				'',
				'> A quote',
				'> on two lines',
				'',
				'<!-- notes: Say hello. -->',
				'',
			].join('\n'),
		});
		const source = readMarkdownSource(dir);
		expect(source.problems).toEqual([]);
		const text = source.languages['en']!.text!;
		expect(text.value).toEqual({
			title: 'Trams',
			sections: {history: 'A short history'},
			slides: {first: {title: 'The *first* line', speaker: 'Ada', role: 'driver', points: ['One **point** wrapped', 'Two'], quote: 'A quote on two lines', notes: 'Say hello.'}},
		});
		expect(text.locate(['title'])).toEqual({line: 2, column: 8});
		expect(text.locate(['sections', 'history'])).toEqual({line: 7, column: 14});
		expect(text.locate(['slides', 'first', 'title'])).toEqual({line: 15, column: 3});
		expect(text.locate(['slides', 'first', 'role'])).toEqual({line: 17, column: 11});
		expect(text.locate(['slides', 'first', 'points', 1])).toEqual({line: 21, column: 3});
		expect(text.locate(['slides', 'first', 'quote'])).toEqual({line: 23, column: 3});
		// A path never written answers with the nearest enclosing value.
		expect(text.locate(['slides', 'first', 'thesis'])).toEqual({line: 10, column: 1});
		const structure = source.structure!;
		expect(structure.value).toEqual({languages: ['en'], sections: [{id: 'history', paragraphs: 2}], slides: [{id: 'first', kind: 'speaker', refs: ['history#1', 'history#2']}]});
		expect(structure.locate(['slides', 0, 'id'])).toEqual({line: 10, column: 13});
		expect(structure.locate(['slides', 0, 'refs', 1])).toEqual({line: 12, column: 19});
		expect(structure.locate(['sections', 0, 'paragraphs'])).toEqual({line: 6, column: 17});
	});

	it('joins the lines of Chinese text without a space', () => {
		const dir = folderWith({'deck.zh-Hant.md': '---\ntitle: 電車\nlanguages: [zh-Hant]\n---\n\n<!-- slide: a\nkind: title\n-->\n\n# 標題\n\n第一行\n第二行 and\nmore\n'});
		expect(readMarkdownSource(dir).languages['zh-Hant']!.text!.value).toMatchObject({slides: {a: {thesis: '第一行第二行 and more'}}});
	});
});
