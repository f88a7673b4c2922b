import {afterEach, describe, expect, it} from 'vitest';
import {newRoom, type Action} from '../../source/present/state.js';
import {textWidth} from '../../source/text/wrap.js';
import {cleanupApps, keys, plain, renderApp} from '../helpers.js';

// The room's three views, drawn by the one App: the presenter's join line, the console, a
// follower moved from outside and browsing on its own; each fits its terminal exactly.

afterEach(() => cleanupApps());

/** A feed the test pushes actions into, as the room's connection does. */
function feed() {
	let dispatch: ((action: Action) => void) | undefined;
	return {
		feed: (next: (action: Action) => void) => {
			dispatch = next;
			return () => (dispatch = undefined);
		},
		push: (action: Action) => dispatch!(action),
	};
}
const live = (slide: number): Action => ({type: 'livePosition', position: {slide, language: 'en', timerStart: Date.now()}});
const fits = (frame: string, columns: number, rows: number) => {
	const lines = plain(frame);
	expect(lines.length).toBeLessThanOrEqual(rows);
	for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(columns);
};

describe('the presenter sharing', () => {
	it('shows the join line under the slide until it moves on', async () => {
		const app = renderApp({room: newRoom('presenter', 'bideck follow 192.0.2.1:7450/abcdefghjkmn')});
		expect(app.frame()).toContain('Follow on your own terminal: bideck follow 192.0.2.1:7450/abcdefghjkmn');
		fits(app.frame(), 80, 24);
		const moved = await app.press(keys.right);
		expect(moved).not.toContain('bideck follow');
		expect(plain(moved).at(-1)).toContain(' 2/19 ');
	});

	it('a console request arrives as an action through the same update', async () => {
		const room = feed();
		const app = renderApp({room: newRoom('presenter'), feed: room.feed});
		room.push({type: 'goto', slide: 6});
		await app.waitFor(frame => plain(frame).at(-1)!.includes(' 7/19 '));
	});
});

describe('the console', () => {
	it('at 80×24: position, clock, the slide, the next slide and the notes, moved by the presenter', async () => {
		const room = feed();
		const app = renderApp({room: newRoom('console'), feed: room.feed});
		room.push(live(3));
		const frame = await app.waitFor('Now 4/19');
		expect(frame).toMatch(/Now 4\/19 · elapsed 0:0\d · clock \d\d:\d\d:\d\d · projected in English/);
		expect(frame).toContain('Real opportunities, unique strengths');
		expect(frame).toContain('Next: Hub-to-hub');
		expect(frame).toContain('Notes: ');
		fits(frame, 80, 24);
	});

	it('taller, the slide takes the rows the notes do not need; it says how many follow', async () => {
		const room = feed();
		const app = renderApp({room: newRoom('console'), feed: room.feed, columns: 120, rows: 35});
		room.push({type: 'roomStatus', status: 'live'});
		room.push(live(3));
		room.push({type: 'audience', followers: 3});
		const frame = await app.waitFor('3 followers');
		expect(plain(frame)[0]).toMatch(/Now 4\/19 · .* · 3 followers$/);
		// The whole slide: its last point and its quote.
		expect(frame).toContain('Mainland firms signed');
		expect(frame).toContain('Geopolitics brings uncertainty');
		expect(frame).toContain('Notes: ');
		fits(frame, 120, 35);
	});

	it('its t hint names the language the projector will switch to', async () => {
		const room = feed();
		const app = renderApp({room: newRoom('console'), feed: room.feed, language: 'zh-Hant', columns: 120});
		room.push(live(3));
		await app.waitFor('現在 4/19');
		expect(plain(app.frame()).at(-1)).toContain('t 繁體中文');
	});

	it('b shows the notes in every language', async () => {
		const room = feed();
		const app = renderApp({room: newRoom('console'), feed: room.feed, rows: 40});
		room.push(live(3));
		await app.waitFor('Now 4/19');
		const both = await app.press('b');
		expect(both).toContain('Notes: ');
		expect(both).toContain('備註：');
	});

	it('still fits the smallest terminal bideck draws in', async () => {
		const room = feed();
		const app = renderApp({room: newRoom('console'), feed: room.feed, columns: 40, rows: 12});
		room.push(live(3));
		fits(await app.waitFor('4/19'), 40, 12);
	});
});

describe('a follower', () => {
	it('follows, browses on its own with the live slide in the status bar, and f follows again', async () => {
		const room = feed();
		const app = renderApp({room: newRoom('follower'), feed: room.feed, language: 'zh-Hant'});
		room.push(live(4));
		await app.waitFor(frame => plain(frame).at(-1)!.includes(' 5/19 '));
		const browsing = await app.press(keys.left);
		expect(plain(browsing).at(-1)).toMatch(/ 4\/19 .*自行瀏覽中——現場：5\/19，按 f 跟隨/);
		room.push(live(6));
		await app.waitFor(frame => plain(frame).at(-1)!.includes('現場：7/19'));
		expect(plain(app.frame()).at(-1)).toContain(' 4/19 ');
		const back = await app.press('f');
		expect(plain(back).at(-1)).toContain(' 7/19 ');
		expect(plain(back).at(-1)).not.toContain('現場');
	});

	it('says when the presenter is lost and stays usable', async () => {
		const room = feed();
		const app = renderApp({room: newRoom('follower'), feed: room.feed});
		room.push(live(2));
		room.push({type: 'roomStatus', status: 'lost'});
		await app.waitFor(frame => plain(frame).at(-1)!.includes('lost the presenter'));
		const moved = await app.press(keys.right);
		expect(plain(moved).at(-1)).toContain(' 4/19 ');
	});

	it('its help lists f, the presenter’s does not', async () => {
		const follower = renderApp({room: newRoom('follower')});
		expect(await follower.press('?')).toContain('follow the live slide again');
		const presenter = renderApp({room: newRoom('presenter')});
		expect(await presenter.press('?')).not.toContain('follow the live slide again');
	});
});
