import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkDeck} from '../../source/deck/check-deck.js';
import {checkSource} from '../../source/deck/check-source.js';
import {createI18n, chromeFor} from '../../source/deck/i18n.js';
import {loadDeck, packageChrome, readSource} from '../../source/deck/load-deck.js';
import {formatProblem, isError} from '../../source/deck/problem.js';
import {deckCopy, inEnglish} from '../helpers.js';

// checkSource: every problem of every file in one run, each at file:line:column, slides named
// by number and id, in one voice in either language.

/** Rewrites a deck file as indented JSON (so that lines mean something), changed by `change`. */
function edit(dir: string, file: string, change: (data: any) => unknown): void {
	const full = path.join(dir, file);
	const data = JSON.parse(fs.readFileSync(full, 'utf8'));
	fs.writeFileSync(full, JSON.stringify(change(data) ?? data, null, 2));
}

/** Where `needle` first occurs in a deck file (after each of `after`, in turn), as validate
 * writes it: "file:line:column". */
function at(dir: string, file: string, needle: string, ...after: string[]): string {
	const text = fs.readFileSync(path.join(dir, file), 'utf8');
	const start = after.reduce((from, before) => text.indexOf(before, from), 0);
	const offset = text.indexOf(needle, start);
	expect(offset, `${needle} in ${file}`).toBeGreaterThanOrEqual(0);
	const before = text.slice(0, offset).split('\n');
	return `${file}:${before.length}:${before.at(-1)!.length + 1}`;
}

const found = (dir: string) => checkDeck(dir).problems.map(inEnglish).map(line => line.replace(`${dir}/`, ''));

/** A copy of the example deck broken in every file at once. */
function brokenEverywhere(): string {
	return deckCopy(dir => {
		edit(dir, 'slides/deck.json', structure => {
			structure.slides[1].kind = 'speakr';
			structure.slides[2].refs = ['fromat#2', 'format#2'];
		});
		edit(dir, 'locales/en/deck.json', text => {
			text.slides.words.subtitel = 'A subtitle';
			text.slides.welcome.title = '';
		});
		edit(dir, 'locales/zh-Hant/deck.json', text => {
			text.slides.wrods = text.slides.words;
			delete text.slides.words;
			text.slides.structure.points.push('多出的一點');
		});
		fs.writeFileSync(path.join(dir, 'locales/zh-Hant/ui.json'), JSON.stringify({status: {position: '{{curent}}/{{total}}'}, hint: {next: '下一頁'}}, null, 2));
	});
}

describe('checkSource: one pass', () => {
	it('a schema error in slides/deck.json hides neither the locales’ problems nor one locale problem another', () => {
		const dir = brokenEverywhere();
		expect(found(dir)).toEqual([
			`${at(dir, 'slides/deck.json', '"kind": "speakr"')}: slide 2 "structure": kind: unknown kind "speakr" (the kinds: title, overview, section, speaker, synthesis, glossary, appendix) (did you mean "speaker"?)`,
			`${at(dir, 'slides/deck.json', '"fromat#2"')}: slide 3 "words": refs.0: unknown section "fromat" (declare it in "sections") (did you mean "format"?)`,
			`${at(dir, 'locales/en/deck.json', '"title": ""')}: slide 1 "welcome": title: empty: needs some text`,
			`${at(dir, 'locales/en/deck.json', '"subtitel"')}: slide 3 "words": subtitel: unknown key (did you mean "subtitle"?)`,
			`${at(dir, 'locales/zh-Hant/deck.json', '"slides"')}: slide 3 "words": missing: no text for this slide`,
			`${at(dir, 'locales/zh-Hant/deck.json', '"wrods"')}: slides.wrods: no slide has this id (did you mean "words"?)`,
			// (Slide 2's own checks wait for a kind it can have; the languages still agree.)
			`${at(dir, 'locales/zh-Hant/deck.json', '"points"', '"structure"')}: slide 2 "structure": points: has 4 items, en has 3`,
			`${at(dir, 'locales/zh-Hant/ui.json', '"position"')}: status.position: unknown placeholder {{curent}}: English has no such value (did you mean "{{current}}"?)`,
			`${at(dir, 'locales/zh-Hant/ui.json', '"hint"')}: hint: unknown key (did you mean "hints"?)`,
		]);
	});

	it('the fit check runs on every slide that can be laid out, whatever else is wrong', () => {
		const dir = deckCopy(d => {
			edit(d, 'slides/deck.json', structure => {
				structure.slides[0].colour = 'red'; // a schema problem in the structure…
			});
			edit(d, 'locales/en/deck.json', text => {
				text.title = ''; // …and in this file…
				text.slides.words.points[0] = 'A point far too long to fit. '.repeat(60); // …and a slide too long
			});
		});
		const problems = found(dir);
		expect(problems).toContainEqual(expect.stringMatching(/^slides\/deck\.json:\d+:\d+: slide 1 "welcome": colour: unknown key$/));
		expect(problems).toContainEqual(expect.stringMatching(/^locales\/en\/deck\.json:2:3: title: empty/));
		expect(problems).toContainEqual(`${at(dir, 'locales/en/deck.json', '"words"')}: slide 3 "words": does not fit 80×24: needs 27 rows, 20 available (shorten it or split it into parts)`);
	});

	it('positions: the value’s own line and column, else the nearest enclosing value written', () => {
		const dir = deckCopy(d => {
			edit(d, 'locales/zh-Hant/deck.json', text => {
				delete text.slides.structure.speaker;
			});
		});
		// The speaker is not written: the slide that lacks it is.
		expect(found(dir)).toContain(`${at(dir, 'locales/zh-Hant/deck.json', '"structure"')}: slide 2 "structure": missing: a speaker slide names its speaker ("speaker")`);
	});

	it('a clean deck has no problem and loads; a broken one does not load', () => {
		const clean = deckCopy();
		expect(checkSource(readSource(clean)).problems).toEqual([]);
		expect(loadDeck(clean).structure.slides).toHaveLength(3);
		expect(checkSource(readSource(brokenEverywhere())).deck).toBeUndefined();
	});

	it('one voice, in Traditional Chinese too: every message is translated, none is a key or the library’s wording', () => {
		const dir = brokenEverywhere();
		const {problems} = checkDeck(dir);
		const zh = chromeFor(createI18n({chrome: packageChrome(), text: {}}), 'zh-Hant');
		const lines = problems.map(problem => formatProblem(problem, zh));
		expect(lines[0]).toMatch(/：第 2 頁「structure」：kind：未知的類型「speakr」（可用的類型：.*）（是否應為「speaker」？）$/);
		for (const line of [...lines, ...problems.map(inEnglish)]) {
			expect(line).not.toMatch(/validate\.problem|Invalid (input|option)|expected .*, received/);
		}
		expect(lines.join('\n')).toMatch(/有 4 項，en 有 3 項/);
	});

	it('plurals through i18next: 1 item, 2 items; 1 point, 2 points', () => {
		const one = deckCopy(d => {
			edit(d, 'locales/zh-Hant/deck.json', text => {
				text.slides.words.points = ['一'];
			});
		});
		expect(found(one)).toEqual([
			expect.stringMatching(/zh-Hant\/deck\.json:\d+:\d+: slide 3 "words": points: 1 point, but refs lists 2$/),
			expect.stringMatching(/zh-Hant\/deck\.json:\d+:\d+: slide 3 "words": points: has 1 item, en has 2$/),
		]);
		const two = deckCopy(d => {
			edit(d, 'slides/deck.json', structure => {
				structure.slides[2].refs = ['format#1'];
			});
		});
		expect(found(two)).toEqual([
			expect.stringMatching(/en\/deck\.json:\d+:\d+: slide 3 "words": points: 2 points, but refs lists 1$/),
			expect.stringMatching(/zh-Hant\/deck\.json:\d+:\d+: slide 3 "words": points: 2 points, but refs lists 1$/),
		]);
	});

	it('the bilingual view at 100×24: a warning per pair, which neither fails validate nor stops loading', () => {
		const dir = deckCopy(d => {
			for (const language of ['en', 'zh-Hant']) {
				edit(d, `locales/${language}/deck.json`, text => {
					// One line each alone at 80 columns, two side by side at 100: fits 80×24, not 100×24.
					text.slides.words.points = Array.from({length: 10}, (_, i) => `Point ${i + 1} is long enough to wrap once in half of 100 columns.`);
				});
			}
			edit(d, 'slides/deck.json', structure => {
				structure.slides[2].refs = Array(10).fill('format#2');
			});
		});
		const {problems} = checkDeck(dir);
		expect(problems.filter(isError)).toEqual([]);
		expect(problems.map(inEnglish)).toEqual([
			expect.stringMatching(/en\/deck\.json:\d+:\d+: slide 3 "words": warning: does not fit beside zh-Hant in the bilingual view at 100×24: needs \d+ rows, 20 available$/),
		]);
		expect(loadDeck(dir).structure.slides).toHaveLength(3);
	});

	it('every ordered pair of three languages is laid out (each pair named once)', () => {
		const dir = deckCopy(d => {
			fs.cpSync(path.join(d, 'locales/en'), path.join(d, 'locales/fr'), {recursive: true});
			edit(d, 'slides/deck.json', structure => {
				structure.languages.push('fr');
			});
			edit(d, 'locales/fr/deck.json', text => {
				text.slides.welcome.points = Array.from({length: 12}, (_, i) => `Point ${i + 1}, assez long pour passer à la ligne à quarante-sept colonnes.`);
			});
			edit(d, 'slides/deck.json', structure => {
				structure.slides[0].refs = Array(12).fill('format#1');
			});
			for (const language of ['en', 'zh-Hant']) {
				edit(d, `locales/${language}/deck.json`, text => {
					text.slides.welcome.points = Array(12).fill('x');
				});
			}
		});
		const warnings = checkDeck(dir).problems.filter(problem => !isError(problem)).map(inEnglish);
		// fr beside en and beside zh-Hant; en beside zh-Hant fits.
		expect(warnings).toEqual([
			expect.stringMatching(/locales\/en\/deck\.json:\d+:\d+: slide 1 "welcome": warning: does not fit beside fr/),
			expect.stringMatching(/locales\/zh-Hant\/deck\.json:\d+:\d+: slide 1 "welcome": warning: does not fit beside fr/),
		]);
	});

	it('ui.json is checked against the English labels’ shape, every key on its own', () => {
		const dir = deckCopy(d => {
			fs.writeFileSync(path.join(d, 'locales/zh-Hant/ui.json'), JSON.stringify({hints: {next: 3, index: {a: 'b'}, help: '', quit: '離開'}, help: 'x'}, null, 2));
			edit(d, 'slides/deck.json', structure => {
				delete structure.slides[0].kind;
			});
		});
		expect(found(dir)).toEqual([
			// Not written: located at the slide that lacks it.
			`${at(dir, 'slides/deck.json', '{', '"slides"')}: slide 1 "welcome": kind: missing: one of title, overview, section, speaker, synthesis, glossary, appendix`,
			`${at(dir, 'locales/zh-Hant/ui.json', '"next"')}: hints.next: needs text`,
			`${at(dir, 'locales/zh-Hant/ui.json', '"index"')}: hints.index: needs text`,
			`${at(dir, 'locales/zh-Hant/ui.json', '"help"')}: hints.help: empty: needs some text`,
			`${at(dir, 'locales/zh-Hant/ui.json', '"help"', '"quit"')}: help: needs a group of labels, as in English`,
		]);
	});
});
