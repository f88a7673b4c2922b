import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {actionFor, bindings, keyName, splitKeys} from '../../source/present/keymap.js';

const noKey: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
	home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
	backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};
const key = (overrides: Partial<Key>): Key => ({...noKey, ...overrides});

describe('key table', () => {
	it('names keys the way the table does', () => {
		expect(keyName('', key({rightArrow: true}))).toBe('right');
		expect(keyName('', key({delete: true}))).toBe('backspace');
		expect(keyName('c', key({ctrl: true}))).toBe('ctrl+c');
		expect(keyName(' ', noKey)).toBe('space');
		expect(keyName('7', noKey)).toBe('digit');
		expect(keyName('黃', noKey)).toBe('黃');
		expect(keyName('pasted text', noKey)).toBeUndefined();
	});

	it('maps the required keys in slide mode', () => {
		expect(actionFor('slide', '', key({rightArrow: true}))).toEqual({type: 'next'});
		expect(actionFor('slide', '', key({leftArrow: true}))).toEqual({type: 'previous'});
		expect(actionFor('slide', '', key({home: true}))).toEqual({type: 'first'});
		expect(actionFor('slide', '', key({end: true}))).toEqual({type: 'last'});
		expect(actionFor('slide', 't', noKey)).toEqual({type: 'toggleLanguage'});
		expect(actionFor('slide', 'i', noKey)).toEqual({type: 'openIndex'});
		expect(actionFor('slide', '?', noKey)).toEqual({type: 'toggleHelp'});
		expect(actionFor('slide', 'q', noKey)).toEqual({type: 'quit'});
		expect(actionFor('slide', 'c', key({ctrl: true}))).toEqual({type: 'quit'});
		expect(actionFor('slide', '5', noKey)).toEqual({type: 'typeDigit', digit: '5'});
	});

	it('presenter keys: h/l, j/k, Space, PageUp/PageDown, Backspace', () => {
		for (const next of [['l', noKey], ['j', noKey], [' ', noKey], ['', key({pageDown: true})]] as const) {
			expect(actionFor('slide', next[0], next[1])).toEqual({type: 'next'});
		}
		for (const previous of [['h', noKey], ['k', noKey], ['', key({pageUp: true})]] as const) {
			expect(actionFor('slide', previous[0], previous[1])).toEqual({type: 'previous'});
		}
		expect(actionFor('slide', '', key({backspace: true}))).toEqual({type: 'eraseDigit'});
	});

	it('in the index and search, arrows move, Enter opens, Esc closes, and everything printable is text', () => {
		for (const mode of ['index', 'search'] as const) {
			expect(actionFor(mode, '', key({escape: true}))).toEqual({type: 'close'});
			expect(actionFor(mode, '', key({downArrow: true}))).toEqual({type: 'moveSelection', by: 1});
			expect(actionFor(mode, '', key({upArrow: true}))).toEqual({type: 'moveSelection', by: -1});
			expect(actionFor(mode, '', key({return: true}))).toEqual({type: 'confirm'});
			expect(actionFor(mode, '', key({delete: true}))).toEqual({type: 'eraseText'});
			for (const text of ['3', 't', 'q', 'i', '?', ' ', '黃金', 'pasted words']) expect(actionFor(mode, text, noKey)).toEqual({type: 'typeText', text});
			expect(actionFor(mode, 'c', key({ctrl: true}))).toEqual({type: 'quit'});
			expect(actionFor(mode, '', key({tab: true}))).toEqual({type: 'toggleLanguage'});
			expect(actionFor(mode, 'a\u0007b', noKey)).toEqual({type: 'typeText', text: 'ab'});
		}
	});

	it('study keys: b both languages, / search, s sources, n notes, r timer', () => {
		expect(actionFor('slide', 'b', noKey)).toEqual({type: 'toggleBilingual'});
		expect(actionFor('slide', '/', noKey)).toEqual({type: 'openSearch'});
		expect(actionFor('slide', 's', noKey)).toEqual({type: 'toggleSources'});
		expect(actionFor('slide', 'n', noKey)).toEqual({type: 'toggleNotes'});
		expect(actionFor('slide', 'r', noKey)).toMatchObject({type: 'resetTimer'});
		expect(actionFor('sources', '', key({rightArrow: true}))).toEqual({type: 'next'});
	});

	it('in help, Esc and ? close, arrows do nothing', () => {
		expect(actionFor('help', '', key({escape: true}))).toEqual({type: 'close'});
		expect(actionFor('help', '?', noKey)).toEqual({type: 'toggleHelp'});
		expect(actionFor('help', '', key({rightArrow: true}))).toBeUndefined();
	});

	it('splits plain text that arrived in one read into keys, but not special keys', () => {
		expect(splitKeys('bi', noKey).map(([text]) => text)).toEqual(['b', 'i']);
		expect(splitKeys('黃金', noKey).map(([text]) => text)).toEqual(['黃', '金']);
		expect(splitKeys('', key({rightArrow: true}))).toHaveLength(1);
		expect(splitKeys('x', noKey)).toHaveLength(1);
	});

	it('every key of a read counts: two Escs, which Ink reports as one meta+Esc, are two', () => {
		const actions = (mode: 'slide' | 'index', input: string, flags: Key) => splitKeys(input, flags).map(([text, each]) => actionFor(mode, text, each));
		expect(actions('index', '', key({escape: true, meta: true}))).toEqual([{type: 'close'}, {type: 'close'}]);
		expect(actions('index', '', key({escape: true}))).toEqual([{type: 'close'}]);
		expect(actions('slide', 'tt', noKey)).toEqual([{type: 'toggleLanguage'}, {type: 'toggleLanguage'}]);
		// Ink gives each Backspace (0x7F) and each arrow of a read an event of its own.
		expect(actions('index', '', key({delete: true}))).toEqual([{type: 'eraseText'}]);
		expect(actions('slide', '', key({rightArrow: true}))).toEqual([{type: 'next'}]);
	});

	it('no key is bound twice in the same mode', () => {
		for (const mode of ['slide', 'index', 'help', 'search', 'sources'] as const) {
			const names = bindings.filter(binding => binding.modes.includes(mode)).flatMap(binding => binding.keys);
			expect(new Set(names).size).toBe(names.length);
		}
	});
});
