import {describe, expect, it} from 'vitest';
import {loadDeck} from '../../source/deck/load-deck.js';
import {createI18n} from '../../source/deck/i18n.js';
import {startState} from '../../source/present/start-state.js';
import {newRoom, update, type State} from '../../source/present/state.js';
import {consoleRequest, livePosition, published, relay, requestAction} from '../../source/room/ui/navigate.js';
import {root} from '../helpers.js';

// Between the room's messages (slides by id) and the one update (slides by index).

const deck = loadDeck(root);
const ids = deck.structure.slides.map(slide => slide.id);
const consoleState = (): State => ({...startState(deck, createI18n(deck), {language: 'en'}), room: newRoom('console')});

describe('a console request as the presenter’s action', () => {
	it('goto by id, unknown ids dropped, the timer reset now', () => {
		expect(requestAction(deck, {type: 'goto', slide: ids[4]!})).toEqual({type: 'goto', slide: 4});
		expect(requestAction(deck, {type: 'goto', slide: 'no-such-slide'})).toBeUndefined();
		expect(requestAction(deck, {type: 'resetTimer'}, 1234)).toEqual({type: 'resetTimer', now: 1234});
		expect(requestAction(deck, {type: 'next'})).toEqual({type: 'next'});
	});
});

describe('positions', () => {
	it('published by id and read back as an index', () => {
		const state = {...consoleState(), slide: 6, timerStart: 99};
		const position = published(deck, state);
		expect(position).toEqual({slide: ids[6], language: 'en', timerStart: 99});
		expect(livePosition(deck, position)).toEqual({slide: 6, language: 'en', timerStart: 99});
		expect(livePosition(deck, {...position, slide: 'elsewhere'})).toBeUndefined();
	});
});

describe('what the console asks', () => {
	it('nothing while it agrees with the presenter; goto where its keys took it; a timer reset', () => {
		let state = update(consoleState(), {type: 'livePosition', position: {slide: 2, language: 'en', timerStart: 10}});
		expect(consoleRequest(deck, state)).toBeUndefined();
		state = update(state, {type: 'next'});
		expect(consoleRequest(deck, state)).toEqual({type: 'goto', slide: ids[3]});
		state = update(state, {type: 'livePosition', position: {slide: 3, language: 'en', timerStart: 10}});
		expect(consoleRequest(deck, state)).toBeUndefined();
		state = update(state, {type: 'resetTimer', now: 500});
		expect(consoleRequest(deck, state)).toEqual({type: 'resetTimer'});
		state = update(state, {type: 'livePosition', position: {slide: 3, language: 'en', timerStart: 500}});
		state = update(state, {type: 'toggleLanguage'});
		expect(consoleRequest(deck, state)).toEqual({type: 'toggleLanguage'});
		state = update(state, {type: 'livePosition', position: {slide: 3, language: 'zh-Hant', timerStart: 500}});
		expect(consoleRequest(deck, state)).toBeUndefined();
		expect(state.language).toBe('en');
	});

	it('nothing while the presenter is not there', () => {
		let state = update(consoleState(), {type: 'livePosition', position: {slide: 2, language: 'en', timerStart: 10}});
		state = update(update(state, {type: 'roomStatus', status: 'lost'}), {type: 'next'});
		expect(consoleRequest(deck, state)).toBeUndefined();
	});
});

describe('relay', () => {
	it('keeps what comes before the app takes it, then hands each on', () => {
		const actions = relay<number>();
		actions.push(1);
		actions.push(2);
		const seen: number[] = [];
		const stop = actions.feed(item => seen.push(item));
		actions.push(3);
		stop();
		actions.push(4);
		expect(seen).toEqual([1, 2, 3]);
	});
});
