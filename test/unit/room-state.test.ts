import {describe, expect, it} from 'vitest';
import {fold, type Catalog} from '../../source/deck/catalog.js';
import {actionFor} from '../../source/present/keymap.js';
import {initialState, newRoom, update, type Action, type Role, type State} from '../../source/present/state.js';
import type {Key} from 'ink';

// The room's part of the pure update: a follower follows the live slide until it navigates,
// f rejoins, the console always moves with the presenter, the presenter's join line goes
// when it moves on.

const catalog = (count: number): Catalog => ({
	slides: Array.from({length: count}, (_, i) => ({languages: {en: {speaker: '', title: `T${i}`, texts: [{field: 'title' as const, text: `T${i}`, folded: fold(`T${i}`)}]}}})),
});
const start = (role: Role, join?: string) => initialState({catalog: catalog(19), languages: ['en', 'zh-Hant'], language: 'zh-Hant', room: newRoom(role, join)});
const run = (state: State, ...actions: Action[]) => actions.reduce(update, state);
const live = (slide: number, timerStart = 1000): Action => ({type: 'livePosition', position: {slide, language: 'en', timerStart}});
const noKey = {} as Key;

describe('a follower', () => {
	it('moves with the live slide and timer, in its own language', () => {
		const state = run(start('follower'), live(6, 5000));
		expect(state).toMatchObject({slide: 6, language: 'zh-Hant', timerStart: 5000, room: {following: true, status: 'live', live: {slide: 6}}});
	});

	it('detaches on any navigation key, stays put while the presenter moves, and f rejoins', () => {
		let state = run(start('follower'), live(6));
		state = update(state, {type: 'previous'});
		expect(state).toMatchObject({slide: 5, room: {following: false}});
		state = update(state, live(7));
		expect(state).toMatchObject({slide: 5, room: {following: false, live: {slide: 7}}});
		state = update(state, {type: 'follow'});
		expect(state).toMatchObject({slide: 7, mode: 'slide', room: {following: true}});
		// → on the last slide does not move, but it is still the follower's own step.
		expect(run(start('follower'), live(18), {type: 'next'}).room?.following).toBe(false);
		// A jump typed as digits, then Enter.
		expect(run(start('follower'), live(2), {type: 'typeDigit', digit: '9'}, {type: 'confirm'})).toMatchObject({slide: 8, room: {following: false}});
	});

	it('opening the help or switching its language does not detach', () => {
		const state = run(start('follower'), live(3), {type: 'toggleHelp'}, {type: 'toggleLanguage'}, live(4));
		expect(state).toMatchObject({slide: 4, language: 'en', room: {following: true}});
	});

	it('when the presenter ends it stays where it is; when it is back it jumps to the live slide', () => {
		let state = run(start('follower'), live(3), {type: 'next'}, {type: 'roomStatus', status: 'ended'}, {type: 'roomStatus', status: 'connecting'});
		expect(state).toMatchObject({slide: 4, room: {status: 'ended', following: false}});
		state = update(state, {type: 'next'});
		expect(state.slide).toBe(5);
		state = update(state, live(10));
		expect(state).toMatchObject({slide: 10, room: {status: 'live', following: true}});
		// The status may come back before the position does.
		state = run(state, {type: 'previous'}, {type: 'roomStatus', status: 'lost'}, {type: 'roomStatus', status: 'connecting'}, {type: 'roomStatus', status: 'live'});
		expect(state).toMatchObject({slide: 9, room: {following: true}});
		expect(update(state, live(12)).slide).toBe(12);
	});

	it('a position beyond the deck is clamped', () => {
		expect(update(start('follower'), live(99)).slide).toBe(18);
	});

	it('f is a follower key only', () => {
		expect(actionFor('slide', 'f', noKey, 'follower')).toEqual({type: 'follow'});
		expect(actionFor('slide', 'f', noKey, 'presenter')).toBeUndefined();
		expect(actionFor('slide', 'f', noKey)).toBeUndefined();
		expect(actionFor('index', 'f', noKey, 'follower')).toEqual({type: 'typeText', text: 'f'});
	});
});

describe('the console', () => {
	it('always moves with the presenter, keeping its language', () => {
		const state = run(start('console'), live(2), {type: 'next'}, live(5));
		expect(state).toMatchObject({slide: 5, language: 'zh-Hant', room: {role: 'console'}});
	});

	it('shows the presenter’s join line until the presenter moves on', () => {
		let state = run(start('console'), {type: 'joinLine', command: 'bideck follow h:1/t'}, live(2));
		expect(state.room?.join).toBe('bideck follow h:1/t');
		state = run(state, live(2), {type: 'toggleLanguage'});
		expect(state.room?.join).toBe('bideck follow h:1/t');
		expect(update(state, live(3)).room?.join).toBeUndefined();
		// A follower is never given one.
		expect(update(start('follower'), {type: 'joinLine', command: 'x'}).room?.join).toBeUndefined();
	});

	it('keeps the number of followers it is told; a follower keeps none, and nothing moves', () => {
		const state = run(start('console'), live(2), {type: 'audience', followers: 3});
		expect(state).toMatchObject({slide: 2, room: {followers: 3}});
		expect(update(state, {type: 'audience', followers: 0}).room?.followers).toBe(0);
		expect(update(start('follower'), {type: 'audience', followers: 3}).room?.followers).toBeUndefined();
	});

	it('t asks to switch the projected language, keeping its own, until the projector has switched', () => {
		let state = run(start('console'), live(2), {type: 'toggleLanguage'});
		expect(state).toMatchObject({language: 'zh-Hant', room: {languageAsked: 'en'}});
		state = update(state, live(2));
		expect(state.room?.languageAsked).toBe('en');
		state = update(state, {type: 'livePosition', position: {slide: 2, language: 'zh-Hant', timerStart: 1000}});
		expect(state).toMatchObject({language: 'zh-Hant', room: {languageAsked: undefined, live: {language: 'zh-Hant'}}});
		// Nothing is asked of a presenter that is not there.
		expect(run(start('console'), live(2), {type: 'roomStatus', status: 'lost'}, {type: 'toggleLanguage'}).room?.languageAsked).toBeUndefined();
		expect(run(start('console'), live(2), {type: 'toggleLanguage'}, {type: 'roomStatus', status: 'lost'}).room?.languageAsked).toBeUndefined();
	});

	it('f does nothing there', () => {
		const state = run(start('console'), live(2), {type: 'follow'});
		expect(state.slide).toBe(2);
	});
});

describe('the presenter', () => {
	it('shows the join line until it moves on', () => {
		let state = start('presenter', 'bideck follow 127.0.0.1:7450/abc');
		state = run(state, {type: 'toggleNotes'}, {type: 'toggleLanguage'});
		expect(state.room?.join).toBe('bideck follow 127.0.0.1:7450/abc');
		state = update(state, {type: 'next'});
		expect(state.room?.join).toBeUndefined();
	});

	it('ignores positions (it is the one that has them)', () => {
		expect(update(start('presenter'), live(7)).slide).toBe(0);
	});
});

describe('without a room', () => {
	it('positions and f change nothing', () => {
		const state = initialState({catalog: catalog(5), languages: ['en'], language: 'en'});
		expect(run(state, live(3), {type: 'follow'}, {type: 'roomStatus', status: 'lost'})).toEqual(state);
	});
});
