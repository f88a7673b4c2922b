import {describe, expect, it} from 'vitest';
import {fold, type Catalog} from '../../source/deck/catalog.js';
import {initialState, listed, nextSecond, update, type Action, type State} from '../../source/present/state.js';

/** A catalog of `count` slides; slide i is "Speaker i" with title "Title i" / "標題i". */
function catalogOf(count: number, languages: readonly string[] = ['zh-Hant', 'en']): Catalog {
	const slides = Array.from({length: count}, (_, i) => ({
		languages: Object.fromEntries(
			languages.map(language => {
				const title = language === 'en' ? `Title ${i + 1}${i === 3 ? ' gold' : ''}` : `標題${i + 1}${i === 3 ? '黃金' : ''}`;
				const notes = i === 1 ? 'About the AIFC in Astana' : 'Nothing here';
				return [language, {speaker: `Speaker ${i + 1}`, title, texts: [title, notes].map((text, n) => ({field: n ? ('notes' as const) : ('title' as const), text, folded: fold(text)}))}];
			}),
		),
	}));
	return {slides};
}

type StartOptions = {slideCount?: number; languages?: readonly string[]; language?: string; slide?: number};
const start = ({slideCount = 5, languages = ['zh-Hant', 'en'], ...rest}: StartOptions = {}) =>
	initialState({catalog: catalogOf(slideCount, languages), languages, language: 'en', ...rest});
const run = (state: State, ...actions: Action[]) => actions.reduce(update, state);

describe('update: navigation', () => {
	it('next and previous move one slide and stop at the ends', () => {
		let state = start();
		expect(update(state, {type: 'previous'}).slide).toBe(0);
		state = run(state, {type: 'next'}, {type: 'next'});
		expect(state.slide).toBe(2);
		state = run(state, {type: 'next'}, {type: 'next'}, {type: 'next'}, {type: 'next'});
		expect(state.slide).toBe(4);
		expect(update(state, {type: 'previous'}).slide).toBe(3);
	});

	it('first and last jump to the ends', () => {
		expect(update(start({slide: 3}), {type: 'first'}).slide).toBe(0);
		expect(update(start(), {type: 'last'}).slide).toBe(4);
	});

	it('goto clamps to the deck and closes the index', () => {
		const open = update(start(), {type: 'openIndex'});
		expect(open.mode).toBe('index');
		const moved = update(open, {type: 'goto', slide: 3});
		expect(moved).toMatchObject({slide: 3, mode: 'slide'});
		expect(update(start(), {type: 'goto', slide: 99}).slide).toBe(4);
		expect(update(start(), {type: 'goto', slide: -2}).slide).toBe(0);
	});

	it('the initial slide is clamped into range', () => {
		expect(start({slide: 10}).slide).toBe(4);
	});
});

describe('update: language', () => {
	it('toggles through the languages in the deck order and keeps the slide', () => {
		const state = start({slide: 2});
		const once = update(state, {type: 'toggleLanguage'});
		expect(once).toMatchObject({language: 'zh-Hant', slide: 2});
		expect(update(once, {type: 'toggleLanguage'})).toMatchObject({language: 'en', slide: 2});
	});

	it('cycles through three languages', () => {
		const state = start({languages: ['en', 'zh-Hant', 'fr'], language: 'en'});
		const languages = [1, 2, 3].map(n => run(state, ...Array<Action>(n).fill({type: 'toggleLanguage'})).language);
		expect(languages).toEqual(['zh-Hant', 'fr', 'en']);
	});
});

describe('update: modes', () => {
	it('opens and cancels the index without moving', () => {
		const state = run(start({slide: 1}), {type: 'openIndex'}, {type: 'moveSelection', by: 2}, {type: 'close'});
		expect(state).toMatchObject({mode: 'slide', slide: 1});
	});

	it('the index opens on the current slide; moving and Enter go to another', () => {
		const open = update(start({slide: 2}), {type: 'openIndex'});
		expect(open).toMatchObject({mode: 'index', selected: 2});
		const moved = run(open, {type: 'moveSelection', by: 1}, {type: 'moveSelection', by: 10});
		expect(moved.selected).toBe(4);
		expect(run(moved, {type: 'moveSelection', by: -1}, {type: 'confirm'})).toMatchObject({mode: 'slide', slide: 3});
	});

	it('typing in the index filters it by number, speaker or title; Esc clears, then closes', () => {
		const open = update(start({slideCount: 12}), {type: 'openIndex'});
		const byNumber = update(open, {type: 'typeText', text: '1'});
		expect(listed(byNumber)).toEqual([0, 9, 10, 11]);
		const byTitle = run(open, {type: 'typeText', text: '標題1'}, {type: 'typeText', text: '2'});
		expect(listed(byTitle)).toEqual([11]);
		expect(update(byTitle, {type: 'confirm'})).toMatchObject({mode: 'slide', slide: 11});
		const erased = update(byTitle, {type: 'eraseText'});
		expect(erased.query).toBe('標題1');
		const cleared = update(byTitle, {type: 'close'});
		expect(cleared).toMatchObject({mode: 'index', query: ''});
		expect(update(cleared, {type: 'close'}).mode).toBe('slide');
		expect(listed(update(open, {type: 'typeText', text: 'zzz'}))).toEqual([]);
		expect(update(update(open, {type: 'typeText', text: 'zzz'}), {type: 'confirm'}).mode).toBe('index');
	});

	it('search lists matching slides in any language, case-insensitively, and Enter jumps', () => {
		const open = update(start(), {type: 'openSearch'});
		expect(open).toMatchObject({mode: 'search', query: '', selected: 0});
		expect(listed(update(open, {type: 'typeText', text: 'GOLD'}))).toEqual([3]);
		expect(listed(update(open, {type: 'typeText', text: '黃金'}))).toEqual([3]);
		expect(listed(update(open, {type: 'typeText', text: 'aifc'}))).toEqual([1]);
		expect(run(open, {type: 'typeText', text: '黃金'}, {type: 'confirm'})).toMatchObject({mode: 'slide', slide: 3, query: ''});
		const many = update(open, {type: 'typeText', text: 'title'});
		expect(listed(many)).toHaveLength(5);
		expect(run(many, {type: 'moveSelection', by: 2}, {type: 'confirm'}).slide).toBe(2);
	});

	it('sources and bilingual view toggle', () => {
		expect(update(start(), {type: 'toggleSources'}).mode).toBe('sources');
		expect(run(start(), {type: 'toggleSources'}, {type: 'toggleSources'}).mode).toBe('slide');
		expect(update(start(), {type: 'toggleBilingual'}).second).toBe('zh-Hant');
		expect(run(start(), {type: 'toggleBilingual'}, {type: 'toggleBilingual'}).second).toBeUndefined();
		expect(update(start({languages: ['en']}), {type: 'toggleBilingual'}).second).toBeUndefined();
	});

	it('two languages shown, t changes the first and the two swap rather than repeat', () => {
		const both = update(start(), {type: 'toggleBilingual'});
		expect(both).toMatchObject({language: 'en', second: 'zh-Hant'});
		expect(update(both, {type: 'toggleLanguage'})).toMatchObject({language: 'zh-Hant', second: 'en'});
	});

	it('the timer restarts at the time given', () => {
		expect(update(start(), {type: 'resetTimer', now: 1234}).timerStart).toBe(1234);
	});

	it('i toggles the index, ? toggles help, Esc closes either', () => {
		expect(run(start(), {type: 'openIndex'}, {type: 'openIndex'}).mode).toBe('slide');
		expect(update(start(), {type: 'toggleHelp'}).mode).toBe('help');
		expect(run(start(), {type: 'toggleHelp'}, {type: 'toggleHelp'}).mode).toBe('slide');
		expect(run(start(), {type: 'toggleHelp'}, {type: 'close'}).mode).toBe('slide');
		expect(run(start(), {type: 'toggleHelp'}, {type: 'openIndex'}).mode).toBe('index');
		expect(run(start(), {type: 'openIndex'}, {type: 'typeText', text: 'x'}).query).toBe('x');
		expect(update(start(), {type: 'typeText', text: 'x'}).query).toBe('');
	});

	it('toggles presenter notes', () => {
		expect(update(start(), {type: 'toggleNotes'}).showNotes).toBe(true);
		expect(run(start(), {type: 'toggleNotes'}, {type: 'toggleNotes'}).showNotes).toBe(false);
	});

	it('quit marks the state as quitting', () => {
		expect(update(start(), {type: 'quit'}).quitting).toBe(true);
	});
});

describe('update: typing a slide number', () => {
	it('digits then confirm jump to that slide (1-based)', () => {
		const state = run(start(), {type: 'typeDigit', digit: '4'});
		expect(state.jump).toBe('4');
		expect(update(state, {type: 'confirm'})).toMatchObject({slide: 3, jump: ''});
	});

	it('confirm without digits moves to the next slide', () => {
		expect(update(start(), {type: 'confirm'}).slide).toBe(1);
	});

	it('erase removes a digit, or goes back when none was typed', () => {
		const typed = run(start({slideCount: 20, slide: 5}), {type: 'typeDigit', digit: '1'}, {type: 'typeDigit', digit: '2'});
		expect(typed.jump).toBe('12');
		expect(update(typed, {type: 'eraseDigit'}).jump).toBe('1');
		expect(update(start({slide: 3}), {type: 'eraseDigit'}).slide).toBe(2);
	});

	it('a number past the end goes to the last slide; a leading zero is ignored', () => {
		expect(run(start(), {type: 'typeDigit', digit: '9'}, {type: 'confirm'}).slide).toBe(4);
		expect(update(start(), {type: 'typeDigit', digit: '0'}).jump).toBe('');
	});

	it('the number never grows past the digits the deck needs', () => {
		const state = run(start({slideCount: 17}), ...['1', '2', '3'].map(digit => ({type: 'typeDigit', digit}) as Action));
		expect(state.jump).toBe('3');
	});

	it('moving or closing clears a half-typed number', () => {
		const typed = update(start(), {type: 'typeDigit', digit: '3'});
		expect(update(typed, {type: 'next'}).jump).toBe('');
		expect(update(typed, {type: 'close'}).jump).toBe('');
	});
});

describe('update: b with three or more languages', () => {
	const three = ['en', 'zh-Hant', 'ja'];
	const pairs = (state: State, presses: number) =>
		Array.from({length: presses}, () => (state = update(state, {type: 'toggleBilingual'})).second);

	it('b shows the next language beside this one, b again the one after, then one language again', () => {
		expect(pairs(start({languages: three}), 4)).toEqual(['zh-Hant', 'ja', undefined, 'zh-Hant']);
		expect(pairs(start({languages: three, language: 'ja'}), 3)).toEqual(['en', 'zh-Hant', undefined]);
		expect(pairs(start({languages: ['en', 'zh-Hant', 'ja', 'fr'], language: 'zh-Hant'}), 4)).toEqual(['ja', 'fr', 'en', undefined]);
	});

	it('nextSecond says what b will do, for the status bar and help', () => {
		const state = start({languages: three});
		expect(nextSecond(state)).toBe('zh-Hant');
		expect(nextSecond(update(state, {type: 'toggleBilingual'}))).toBe('ja');
		expect(nextSecond(run(state, {type: 'toggleBilingual'}, {type: 'toggleBilingual'}))).toBeUndefined();
	});

	it('t keeps the chosen second language, swapping only when the first would become it', () => {
		const enJa = run(start({languages: three}), {type: 'toggleBilingual'}, {type: 'toggleBilingual'});
		expect(enJa).toMatchObject({language: 'en', second: 'ja'});
		const zhJa = update(enJa, {type: 'toggleLanguage'});
		expect(zhJa).toMatchObject({language: 'zh-Hant', second: 'ja'});
		expect(update(zhJa, {type: 'toggleLanguage'})).toMatchObject({language: 'ja', second: 'zh-Hant'});
		// The cycle continues from the new first language.
		expect(update(zhJa, {type: 'toggleBilingual'}).second).toBe('en');
	});

	it('the languages --lang chose are the ones b offers', () => {
		expect(pairs(start({languages: ['ja', 'en']}), 3)).toEqual(['ja', undefined, 'ja']);
	});
});
