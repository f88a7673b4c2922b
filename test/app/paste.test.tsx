import {afterEach, describe, expect, it} from 'vitest';
import {createI18n} from '../../source/deck/i18n.js';
import {loadDeck} from '../../source/deck/load-deck.js';
import {startState} from '../../source/present/start-state.js';
import {maxQuery, update} from '../../source/present/state.js';
import {cleanupApps, exampleDeckDir, plain, renderApp} from '../helpers.js';

// Bracketed paste: the terminal marks a paste (ESC[200~ … ESC[201~) and bideck takes it as text,
// never as commands; a paste into the index or search is one line, bounded however long it is.

afterEach(() => cleanupApps());

const paste = (text: string) => `\u001B[200~${text}\u001B[201~`;

describe('paste', () => {
	it('on a slide, a pasted "q", "t", arrows or digits do nothing', async () => {
		const app = renderApp({deckDir: exampleDeckDir, language: 'en'});
		const before = app.frame();
		const after = await app.press(paste('qt\u001B[C9\r'));
		expect(after).toBe(before);
		expect(await app.press('\u001B[C')).toContain('2/3');
	});

	it('into search, a paste is text on one line, its line breaks as spaces', async () => {
		const app = renderApp({deckDir: exampleDeckDir, language: 'en'});
		await app.press('/');
		const frame = plain(await app.press(paste('deck\nlayout q')));
		expect(frame.join('\n')).toContain('deck layout q');
		expect(frame.join('\n')).not.toContain('Terminal too small');
	});

	it(`a 100 KB paste into the index is cut to ${maxQuery} characters and answered at once`, async () => {
		const app = renderApp({deckDir: exampleDeckDir, language: 'en'});
		await app.press('i');
		const started = performance.now();
		const frame = plain(await app.press(paste('中亞'.repeat(50_000))));
		expect(performance.now() - started).toBeLessThan(2000);
		const filter = frame.find(line => line.includes('Filter:'))!;
		expect(filter).toBeDefined();
		// Typing more changes nothing: the filter is full.
		expect(plain(await app.press('x')).find(line => line.includes('Filter:'))).toBe(filter);
	});

	it(`update() keeps a query to ${maxQuery} characters on one line, whether typed or pasted`, () => {
		const deck = loadDeck(exampleDeckDir);
		let state = update(startState(deck, createI18n(deck), {language: 'en'}), {type: 'openSearch'});
		state = update(state, {type: 'paste', text: 'line one\r\nline\ttwo'});
		expect(state.query).toBe('line one line two');
		state = update(state, {type: 'paste', text: '中亞'.repeat(50_000)});
		expect([...state.query]).toHaveLength(maxQuery);
		expect(update(state, {type: 'typeText', text: 'x'}).query).toBe(state.query);
		expect(update(update(state, {type: 'close'}), {type: 'paste', text: 'q'}).quitting).toBe(false);
	});
});
