import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {boundsProblems, limits} from '../../source/deck/bounds.js';
import {checkDeck, fitProblems} from '../../source/deck/check-deck.js';
import {buildCatalog, searchCatalog} from '../../source/deck/catalog.js';
import {createI18n} from '../../source/deck/i18n.js';
import {jsonErrorOffset} from '../../source/deck/json-error-offset.js';
import {loadDeck, readDeck} from '../../source/deck/load-deck.js';
import {slideContent} from '../../source/deck/slide-content.js';
import {matchLanguage} from '../../source/cli/language.js';
import {sanitizeDeep} from '../../source/text/sanitize.js';
import {exampleDeckDir, inEnglish} from '../helpers.js';
import {random, setKey} from '../reliability/hostile-decks.js';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

/** A copy of the example deck with its files changed by `edit` (parsed JSON in, JSON or text out). */
function deckWith(edit: (files: {structure: any; en: any; zh: any}) => Record<string, string> | void): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-bounds-'));
	made.push(dir);
	fs.cpSync(exampleDeckDir, dir, {recursive: true});
	const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
	const files = {structure: read('slides/deck.json'), en: read('locales/en/deck.json'), zh: read('locales/zh-Hant/deck.json')};
	const raw = edit(files) ?? {};
	const out: Record<string, string> = {'slides/deck.json': JSON.stringify(files.structure), 'locales/en/deck.json': JSON.stringify(files.en), 'locales/zh-Hant/deck.json': JSON.stringify(files.zh), ...raw};
	for (const [file, text] of Object.entries(out)) fs.writeFileSync(path.join(dir, file), text);
	return dir;
}

const problems = (dir: string) => readDeck(dir).problems.map(inEnglish);
const timed = <T>(run: () => T): [T, number] => {
	const started = performance.now();
	const value = run();
	return [value, performance.now() - started];
};
/** Non-ASCII text Intl.Segmenter is slow on (quadratic: 160 K characters once took 28 s). */
const emojiText = (length: number) => `😀${'x'.repeat(length - 2)}`;

describe('bounds', () => {
	it('a string over its limit is one problem naming where, how long and the limit; at the limit is fine', () => {
		expect(boundsProblems({a: ['x'.repeat(limits.textLength)]}, 'f.json', limits.textLength)).toEqual([]);
		expect(boundsProblems({a: ['ok', 'x'.repeat(limits.textLength + 1)]}, 'f.json', limits.textLength)).toEqual([
			{file: 'f.json', key: 'a.1', path: ['a', '1'], message: 'validate.problem.tooLongText', values: {length: limits.textLength + 1, limit: limits.textLength}},
		]);
	});

	it('finds a 5 MB string by its length, without looking through it', () => {
		const [found, ms] = timed(() => boundsProblems({title: emojiText(5_000_000)}, 'f.json', limits.textLength));
		expect(found.map(inEnglish)).toEqual(['f.json: title: 5000000 characters long, over the limit of 2000']);
		expect(ms).toBeLessThan(50);
	});

	it('keys: too long, or "__proto__" as written or once sanitised', () => {
		const value = JSON.parse(`{"slides": {"${'k'.repeat(limits.nameLength + 1)}": 1, "__proto__": {}, "__pro\\u0007to__": 1, "constructor": "ok"}}`);
		expect(boundsProblems(value, 'f.json', 10).map(inEnglish)).toEqual([
			`f.json: slides: has a key ${limits.nameLength + 1} characters long, over the limit of ${limits.nameLength}`,
			'f.json: slides: has a key named "__proto__", which no deck file may use',
			'f.json: slides: has a key named "__proto__", which no deck file may use',
		]);
	});

	it('nesting: one problem at the first level too deep, however deep, with no recursion', () => {
		const nested = (depth: number) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
		expect(boundsProblems(nested(limits.depth), 'f.json', 10)).toEqual([]);
		const deep = boundsProblems(nested(limits.depth + 1), 'f.json', 10);
		expect(deep.map(inEnglish)).toEqual([`f.json: ${Array(limits.depth).fill('a').join('.')}: nested deeper than ${limits.depth} levels`]);
		// JSON.parse itself is iterative: 200,000 levels parse, and must not overflow here.
		const array = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
		expect(boundsProblems(array, 'f.json', 10)).toHaveLength(1);
	});
});

describe('jsonErrorOffset', () => {
	it('locates the end of 200,000 unclosed brackets without exhausting the stack', () => {
		expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
		expect(jsonErrorOffset(`${'{"a":'.repeat(100_000)}1${'}'.repeat(99_999)}`)).toBe(100_000 * 5 + 1 + 99_999);
	});

	it('agrees with JSON.parse on 2,000 damaged documents, and the text before the offset is a valid start', () => {
		const rng = random(7);
		const valid = '{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"], "b": {"c": [], "d": {}}, "e": "x y"}';
		const alphabet = '{}[],:"\\ 0123456789-+.eEtrufalsn\n\tx';
		for (let n = 0; n < 2000; n++) {
			let text = valid;
			for (let edits = 1 + rng.int(3); edits > 0; edits--) {
				const at = rng.int(text.length + 1);
				const change = rng.int(3);
				if (change === 0) text = text.slice(0, at) + text.slice(at + 1);
				else text = text.slice(0, at) + rng.pick([...alphabet]) + text.slice(at + (change === 1 ? 0 : 1));
			}
			let parses = true;
			try {
				JSON.parse(text);
			} catch {
				parses = false;
			}
			const offset = jsonErrorOffset(text);
			expect(offset === text.length && parses, JSON.stringify(text)).toBe(parses);
			expect(offset).toBeLessThanOrEqual(text.length);
		}
	});
});

describe('loading a deck with over-long text', () => {
	it('a 200 KB point with an emoji is one problem, found at once', () => {
		const dir = deckWith(({en}) => {
			en.slides.words.points[1] = emojiText(200_000);
		});
		const [found, ms] = timed(() => checkDeck(dir).problems.map(inEnglish));
		expect(found).toEqual([expect.stringMatching(/locales\/en\/deck\.json:\d+:\d+: slide 3 "words": points\.1: 200000 characters long, over the limit of 2000$/)]);
		expect(ms).toBeLessThan(1000);
	});

	it('chrome strings and slides/deck.json strings have their own, shorter limits', () => {
		const dir = deckWith(({structure}) => {
			structure.languages.push(`en-${'x'.repeat(limits.nameLength)}`);
			return {'locales/en/ui.json': JSON.stringify({language: {name: 'x'.repeat(limits.chromeLength + 1)}})};
		});
		expect(problems(dir)).toEqual([
			expect.stringMatching(/slides\/deck\.json:1:\d+: languages\.2: 103 characters long, over the limit of 100$/),
			expect.stringMatching(/locales\/en\/ui\.json:1:\d+: language\.name: 501 characters long, over the limit of 500$/),
		]);
		const chrome = deckWith(() => ({'locales/en/ui.json': JSON.stringify({language: {name: 'x'.repeat(limits.chromeLength + 1)}})}));
		expect(problems(chrome)).toEqual([expect.stringMatching(/locales\/en\/ui\.json:\d+:\d+: language\.name: 501 characters long, over the limit of 500$/)]);
	});

	it('a ui.json nested 2,000 levels or with 20,000 unclosed brackets: one problem naming the file', () => {
		const nested = deckWith(() => ({'locales/en/ui.json': `${'{"a":'.repeat(2000)}"x"${'}'.repeat(2000)}`}));
		expect(problems(nested)).toEqual([expect.stringMatching(/locales\/en\/ui\.json:1:\d+: (a\.){15}a: nested deeper than 16 levels$/)]);
		const unclosed = deckWith(() => ({'locales/zh-Hant/ui.json': '['.repeat(20_000)}));
		expect(problems(unclosed)).toEqual([expect.stringMatching(/locales\/zh-Hant\/ui\.json:1:20001: invalid JSON: unexpected end of file$/)]);
	});

	it('counts are bounded in the schema', () => {
		const dir = deckWith(({structure, en, zh}) => {
			const slide = structure.slides[2];
			slide.refs = Array(limits.items + 1).fill('format#1');
			for (const text of [en, zh]) text.slides.words.points = Array(limits.items + 1).fill('p');
		});
		// Each file's own problem, none hiding another's.
		expect(problems(dir)).toEqual([
			expect.stringMatching(/slides\/deck\.json:\d+:\d+: slide 3 "words": refs: more than 100 items$/),
			expect.stringMatching(/en\/deck\.json:\d+:\d+: slide 3 "words": points: more than 100 items$/),
			expect.stringMatching(/zh-Hant\/deck\.json:\d+:\d+: slide 3 "words": points: more than 100 items$/),
		]);
	});

	it('the fit check skips text over the limit (already a problem) instead of laying it out', () => {
		const deck = loadDeck(exampleDeckDir);
		deck.text['en']!.slides['words']!.points![0] = emojiText(100_000);
		const [found, ms] = timed(() => fitProblems(deck));
		expect(found).toEqual([]);
		expect(ms).toBeLessThan(1000);
	});
});

describe('deck ids and keys named like Object.prototype', () => {
	const names = ['constructor', 'valueof', 'tostring', 'hasownproperty', 'isprototypeof'];

	it('a slide id without text is a problem, never a crash', () => {
		for (const id of names) {
			const dir = deckWith(({structure}) => {
				structure.slides.push({id, kind: 'overview'});
			});
			expect(checkDeck(dir).problems.map(inEnglish)).toEqual([
				expect.stringMatching(new RegExp(`locales/en/deck\\.json:\\d+:\\d+: slide 4 "${id}": missing: no text for this slide$`)),
				expect.stringMatching(new RegExp(`locales/zh-Hant/deck\\.json:\\d+:\\d+: slide 4 "${id}": missing`)),
			]);
		}
	});

	it('a slide id with text works: validated, laid out, catalogued and found', () => {
		for (const id of names) {
			const dir = deckWith(({structure, en, zh}) => {
				structure.slides.push({id, kind: 'overview', refs: ['format#1']});
				structure.sections.push({id, paragraphs: 1});
				for (const text of [en, zh]) {
					text.slides[id] = {title: `The ${id} slide`, points: ['point']};
					text.sections[id] = `The ${id} section`;
				}
			});
			expect(checkDeck(dir).problems).toEqual([]);
			const deck = loadDeck(dir);
			const i18n = createI18n(deck);
			expect(slideContent(deck, i18n, 'en', 3).text.title).toBe(`The ${id} slide`);
			const catalog = buildCatalog(deck, i18n);
			expect(searchCatalog(catalog, `the ${id}`, ['en', 'zh-Hant'], 'en')).toEqual([expect.objectContaining({slide: 3, language: 'en'})]);
		}
	});

	it('a section under a prototype name needs its heading', () => {
		const dir = deckWith(({structure}) => {
			structure.sections.push({id: 'constructor', paragraphs: 1});
		});
		expect(problems(dir)).toContainEqual(expect.stringMatching(/locales\/en\/deck\.json:\d+:\d+: sections: missing: the heading of section "constructor"$/));
	});

	it('a slide one language lacks is missing there, not "a different kind of value"', () => {
		const dir = deckWith(({structure, en}) => {
			structure.slides.push({id: 'constructor', kind: 'overview'});
			en.slides['constructor'] = {title: 'x'};
		});
		expect(problems(dir)).toContainEqual(expect.stringMatching(/zh-Hant\/deck\.json:\d+:\d+: slide 4 "constructor": missing: no text for this slide$/));
	});

	it('a key "__proto__" is refused, never taken as a prototype', () => {
		const dir = deckWith(({zh}) => {
			setKey(zh.slides, '__proto__', {title: 'x'});
		});
		expect(problems(dir)).toEqual([expect.stringMatching(/zh-Hant\/deck\.json:\d+:\d+: slides: has a key named "__proto__", which no deck file may use$/)]);
		const sanitised = sanitizeDeep(JSON.parse('{"__proto__": {"x": 1}}'));
		expect(Object.hasOwn(sanitised, '__proto__')).toBe(true);
		expect(Object.getPrototypeOf(sanitised)).toBe(Object.prototype);
	});

	it('a language asked for by a prototype name is just not offered', () => {
		for (const tag of ['constructor', 'toString', '__proto__', 'hasOwnProperty-x']) expect(matchLanguage(tag, ['en', 'zh-Hant'])).toBeUndefined();
	});
});
