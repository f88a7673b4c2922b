import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadDeck, readDeck} from '../../source/deck/load-deck.js';
import {DeckError} from '../../source/deck/problem.js';
import {deckCopy, exampleDeckDir, inEnglish} from '../helpers.js';


const json = (dir: string, file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
const write = (dir: string, file: string, value: unknown) =>
	fs.writeFileSync(path.join(dir, file), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
const problems = (dir: string) => readDeck(dir).problems.map(inEnglish);

/** Runs `read` with file permissions enforced: root (as in CI) reads everything, so for the
 * duration of the synchronous call the effective user becomes "nobody", then root again. */
function withoutRoot<T>(read: () => T): T {
	if (process.geteuid?.() !== 0) return read();
	process.seteuid!(65534);
	try {
		return read();
	} finally {
		process.seteuid!(0);
	}
}

describe('loadDeck', () => {
	it('loads the example deck with its languages, slides and text', () => {
		const deck = loadDeck(exampleDeckDir);
		expect(deck.structure.languages).toEqual(['en', 'zh-Hant']);
		expect(deck.structure.slides.map(slide => slide.id)).toEqual(['welcome', 'structure', 'words']);
		expect(deck.text['zh-Hant']!.slides['words']!.title).toBe('文字放在 locales/');
		expect(deck.chrome['zh-Hant']).toBeDefined();
	});

	it('strips control sequences from deck text as it loads', () => {
		const dir = deckCopy(d => {
			const text = json(d, 'locales/en/deck.json');
			text.slides.welcome.title = 'Hi\u001B[2J\u001B]52;c;ZXZpbA==\u0007\u009B31m\u202Ethere';
			write(d, 'locales/en/deck.json', text);
		});
		expect(loadDeck(dir).text['en']!.slides['welcome']!.title).toBe('Hithere');
	});

	it('reports a missing folder, slides/ or locales/', () => {
		expect(problems('/nonexistent/deck')).toEqual(['/nonexistent/deck: deck folder not found']);
		const noSlides = deckCopy(d => fs.rmSync(path.join(d, 'slides'), {recursive: true}));
		expect(problems(noSlides)[0]).toMatch(/slides: missing: a deck has a slides\/ folder$/);
		const noLocales = deckCopy(d => fs.rmSync(path.join(d, 'locales'), {recursive: true}));
		expect(problems(noLocales)[0]).toMatch(/locales: missing: a deck has a locales\/ folder$/);
	});

	it('locates malformed JSON by line and column', () => {
		const dir = deckCopy(d => write(d, 'slides/deck.json', '{\n  "languages": ["en"],\n  "slides": [,]\n}'));
		expect(problems(dir)).toEqual([expect.stringMatching(/slides\/deck\.json:3:14: invalid JSON: unexpected ','$/)]);
		const cut = deckCopy(d => write(d, 'locales/en/deck.json', '{"title": "x",\n "slides": {'));
		expect(problems(cut)).toContainEqual(expect.stringMatching(/en\/deck\.json:2:13: invalid JSON: unexpected end of file$/));
	});

	it('refuses files that are not UTF-8 or are too large', () => {
		const latin1 = deckCopy(d => fs.writeFileSync(path.join(d, 'locales/en/deck.json'), Buffer.from([0x7b, 0xe9, 0x7d])));
		expect(problems(latin1)).toContainEqual(expect.stringMatching(/locales\/en\/deck\.json: not valid UTF-8 text$/));
		const huge = deckCopy(d => fs.writeFileSync(path.join(d, 'locales/en/deck.json'), ' '.repeat(6 * 1024 * 1024)));
		expect(problems(huge)).toContainEqual(expect.stringMatching(/locales\/en\/deck\.json: file too large \(6\.0 MB; the limit is 5 MB\)$/));
	});

	it('reports an unreadable file', () => {
		const dir = deckCopy(d => {
			fs.chmodSync(d, 0o755);
			fs.chmodSync(path.join(d, 'slides/deck.json'), 0o000);
		});
		expect(withoutRoot(() => problems(dir))).toEqual([expect.stringMatching(/slides\/deck\.json: cannot read the file: permission denied$/)]);
		// A folder where a file belongs cannot be read as one, by root either.
		const folder = deckCopy(d => {
			fs.rmSync(path.join(d, 'locales/en/deck.json'));
			fs.mkdirSync(path.join(d, 'locales/en/deck.json'));
		});
		expect(problems(folder)).toContainEqual(expect.stringMatching(/locales\/en\/deck\.json: is a folder, not a file$/));
	});

	it('never echoes control characters from a file in a problem line', () => {
		const dir = deckCopy(d => {
			const structure = json(d, 'slides/deck.json');
			structure.slides[0]['\u001B]0;evil\u0007\u001B[2J'] = 1;
			write(d, 'slides/deck.json', structure);
		});
		const broken = deckCopy(d => fs.writeFileSync(path.join(d, 'locales/en/deck.json'), '{"title": \u001B[2J}'));
		const found = [...problems(dir), ...problems(broken)].join('\n');
		expect(found).toContain('unknown key');
		expect(found).toContain('invalid JSON: unexpected U+001B');
		expect(found).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
	});

	it('checks the schema and names the key', () => {
		const dir = deckCopy(d => {
			const structure = json(d, 'slides/deck.json');
			structure.slides[1].kind = 'speech';
			structure.slides[2].colour = 'red';
			write(d, 'slides/deck.json', structure);
		});
		const found = problems(dir);
		expect(found).toContainEqual(expect.stringMatching(/slides\/deck\.json:\d+:\d+: slide 2 "structure": kind: unknown kind "speech" \(the kinds: title, overview, [a-z, ]+\)$/));
		expect(found).toContainEqual(expect.stringMatching(/slides\/deck\.json:\d+:\d+: slide 3 "words": colour: unknown key$/));
	});

	it('a deck with no slides is refused', () => {
		const dir = deckCopy(d => write(d, 'slides/deck.json', {languages: ['en'], slides: []}));
		expect(problems(dir)[0]).toMatch(/slides\/deck\.json:5:3: slides: the deck has no slides$/);
	});

	it('finds duplicate ids, empty strings, missing text and parity differences all at once', () => {
		const dir = deckCopy(d => {
			const structure = json(d, 'slides/deck.json');
			structure.slides.push({id: 'words', kind: 'overview'});
			write(d, 'slides/deck.json', structure);
			const zh = json(d, 'locales/zh-Hant/deck.json');
			zh.slides.words.points.pop();
			zh.slides.welcome.subtitle = '';
			delete zh.slides.structure;
			write(d, 'locales/zh-Hant/deck.json', zh);
		});
		const found = problems(dir);
		expect(found).toContainEqual(expect.stringMatching(/slides\/deck\.json:\d+:\d+: slide 4 "words": id: duplicate id \(slide 3 has it too\)$/));
		expect(found).toContainEqual(expect.stringMatching(/zh-Hant\/deck\.json:\d+:\d+: slide 1 "welcome": subtitle: empty: needs some text$/));
		const noSubtitle = deckCopy(d => {
			const zh = json(d, 'locales/zh-Hant/deck.json');
			zh.slides.words.points.pop();
			delete zh.slides.structure;
			write(d, 'locales/zh-Hant/deck.json', zh);
		});
		const parity = problems(noSubtitle);
		expect(parity).toContainEqual(expect.stringMatching(/zh-Hant\/deck\.json:\d+:\d+: slide 2 "structure": missing: no text for this slide$/));
		expect(parity).toContainEqual(expect.stringMatching(/zh-Hant\/deck\.json:\d+:\d+: slide 3 "words": points: has 1 item, en has 2$/));
	});

	it('checks references against the declared sections', () => {
		const dir = deckCopy(d => {
			const structure = json(d, 'slides/deck.json');
			structure.slides[1].refs = ['format#1', 'format#3', 'nowhere#1'];
			structure.slides[2].refs = ['format#1'];
			write(d, 'slides/deck.json', structure);
		});
		const found = problems(dir);
		expect(found).toContainEqual(expect.stringMatching(/deck\.json:\d+:\d+: slide 2 "structure": refs\.1: paragraph 3 is out of range \(section "format" has 2 paragraphs\)$/));
		expect(found).toContainEqual(expect.stringMatching(/slide 2 "structure": refs\.2: unknown section "nowhere"/));
		expect(found).toContainEqual(expect.stringMatching(/en\/deck\.json:\d+:\d+: slide 3 "words": points: 2 points, but refs lists 1$/));
	});

	it('checks the thesis and quote references like the points\'', () => {
		const dir = deckCopy(d => {
			const structure = json(d, 'slides/deck.json');
			structure.slides[1].thesisRef = 'format#3';
			structure.slides[1].quoteRef = 'nowhere#1';
			write(d, 'slides/deck.json', structure);
		});
		const found = problems(dir);
		expect(found).toContainEqual(expect.stringMatching(/slide 2 "structure": thesisRef: paragraph 3 is out of range \(section "format" has 2 paragraphs\)$/));
		expect(found).toContainEqual(expect.stringMatching(/slide 2 "structure": quoteRef: unknown section "nowhere"/));
		const malformed = deckCopy(d => {
			const structure = json(d, 'slides/deck.json');
			structure.slides[1].quoteRef = 'format#x';
			write(d, 'slides/deck.json', structure);
		});
		expect(problems(malformed)).toEqual([expect.stringMatching(/slide 2 "structure": quoteRef: a reference looks like "section-id#3" or "section-id#3-4"$/)]);
		const fine = deckCopy(d => {
			const structure = json(d, 'slides/deck.json');
			structure.slides[2].thesisRef = 'format#1';
			write(d, 'slides/deck.json', structure);
		});
		expect(problems(fine)).toContainEqual(expect.stringMatching(/en\/deck\.json:\d+:\d+: slide 3 "words": missing: the thesis, which the structure gives a reference \(thesisRef\)$/));
	});

	it('a deck with sections needs a reference for every thesis and quote', () => {
		const dir = deckCopy(d => {
			const structure = json(d, 'slides/deck.json');
			delete structure.slides[1].thesisRef;
			delete structure.slides[1].quoteRef;
			write(d, 'slides/deck.json', structure);
		});
		expect(problems(dir)).toEqual([
			expect.stringMatching(/slides\/deck\.json:\d+:\d+: slide 2 "structure": missing: thesisRef \(the deck declares sections, so the thesis needs a reference\)$/),
			expect.stringMatching(/slides\/deck\.json:\d+:\d+: slide 2 "structure": missing: quoteRef \(the deck declares sections, so the quote needs a reference\)$/),
		]);
		const noSections = deckCopy(d => {
			const structure = json(d, 'slides/deck.json');
			delete structure.sections;
			for (const slide of structure.slides) for (const key of ['refs', 'thesisRef', 'quoteRef']) delete slide[key];
			write(d, 'slides/deck.json', structure);
		});
		expect(problems(noSections)).toEqual([]);
	});

	it('a deck with sections needs a reference for every point', () => {
		const dir = deckCopy(d => {
			const structure = json(d, 'slides/deck.json');
			delete structure.slides[2].refs;
			write(d, 'slides/deck.json', structure);
		});
		expect(problems(dir)).toEqual([expect.stringMatching(/slides\/deck\.json:\d+:\d+: slide 3 "words": missing: refs \(the deck declares sections, so each point needs a reference\)$/)]);
	});

	it('a deck may add languages bideck has no chrome for: shown in English chrome, under their own name', async () => {
		const dir = deckCopy(d => {
			const structure = json(d, 'slides/deck.json');
			structure.languages = ['en', 'fr', 'zh-Hant'];
			write(d, 'slides/deck.json', structure);
			fs.cpSync(path.join(d, 'locales/en'), path.join(d, 'locales/fr'), {recursive: true});
			const fr = json(d, 'locales/fr/deck.json');
			fr.slides.welcome.title = 'Un deck minimal';
			write(d, 'locales/fr/deck.json', fr);
		});
		const {renderApp} = await import('../helpers.js');
		const app = renderApp({deckDir: dir, language: 'en'});
		const french = await app.press('t');
		expect(french).toContain('Un deck minimal');
		expect(french).toContain('français');
		expect(french).toContain('index'); // chrome falls back to English
		expect(await app.press('t')).toContain('最簡單的投影片');
		expect(await app.press('t')).toContain('A minimal deck');
		app.unmount();
	});

	it('reports a language folder the deck declares but lacks', () => {
		const dir = deckCopy(d => fs.rmSync(path.join(d, 'locales/zh-Hant'), {recursive: true}));
		expect(problems(dir)).toEqual([expect.stringMatching(/locales\/zh-Hant: missing: the folder for language "zh-Hant"/)]);
	});

	it('loadDeck throws a DeckError carrying every problem', () => {
		expect(() => loadDeck('/nonexistent/deck')).toThrow(DeckError);
	});
});

describe('jsonErrorOffset', () => {
	it('agrees with JSON.parse on what is valid and points at the first bad character', async () => {
		const {jsonErrorOffset} = await import('../../source/deck/json-error-offset.js');
		const cases: Array<[string, number]> = [
			['{"a": 1,}', 8],
			['[1, 2', 5],
			['{"a" 1}', 5],
			['{"a": "x\ny"}', 8],
			['{"a": tru}', 9],
			['[01]', 2],
			['{"a": 1} x', 9],
			['', 0],
		];
		for (const [text, offset] of cases) {
			expect(() => JSON.parse(text)).toThrow();
			expect(jsonErrorOffset(text)).toBe(offset);
		}
		for (const valid of ['{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]}', ' [] ', '"x"']) {
			expect(() => JSON.parse(valid)).not.toThrow();
			expect(jsonErrorOffset(valid)).toBe(valid.length);
		}
	});
});

describe('jsonSourceFile.locate', () => {
	it('finds every key and item by its path, 1-based; a path not written falls back to the nearest enclosing value', async () => {
		const {jsonSourceFile} = await import('../../source/deck/read-json.js');
		const text = '{\n  "a": [10, {"b": "x"}],\n  "c\\u001B[2Jd": {"e": [\n    1,\n    2\n  ]}\n}';
		const file = jsonSourceFile('f.json', text, JSON.parse(text));
		expect(file.locate([])).toEqual({line: 1, column: 1});
		expect(file.locate(['a'])).toEqual({line: 2, column: 3});
		expect(file.locate(['a', 0])).toEqual({line: 2, column: 9});
		expect(file.locate(['a', 1])).toEqual({line: 2, column: 13});
		expect(file.locate(['a', 1, 'b'])).toEqual({line: 2, column: 14});
		// A key is found under its sanitised name, as the checks see it.
		expect(file.locate(['cd', 'e', 1])).toEqual({line: 5, column: 5});
		expect(file.locate(['a', 1, 'missing', 3])).toEqual({line: 2, column: 13});
		expect(file.locate(['nowhere'])).toEqual({line: 1, column: 1});
	});

	it('locates in a file of 20,000 nested arrays at once: positions go as deep as a problem can', async () => {
		const {jsonSourceFile} = await import('../../source/deck/read-json.js');
		const text = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
		const file = jsonSourceFile('f.json', text, JSON.parse(text));
		const started = performance.now();
		expect(file.locate(Array(20_000).fill(0))).toEqual({line: 1, column: 18});
		expect(file.locate(Array(16).fill(0))).toEqual({line: 1, column: 17});
		expect(performance.now() - started).toBeLessThan(500);
	});
});
