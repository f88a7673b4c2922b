import {afterEach, describe, expect, it} from 'vitest';
import type {Key} from 'ink';
import {actionFor} from '../../source/present/keymap.js';
import {update, type Action, type State} from '../../source/present/state.js';
import {startState} from '../../source/present/start-state.js';
import {createI18n} from '../../source/deck/i18n.js';
import {textWidth} from '../../source/text/wrap.js';
import {cleanupApps, exampleDeckDir, plain, renderApp, root} from '../helpers.js';
import {loadDeck} from '../../source/deck/load-deck.js';

// Seeded random input — arrows, letters, digits, Esc, Enter, CJK, partial escape codes, pastes —
// and resizes, through update() and through the rendered app. Reproducible: the seed is fixed,
// and a failure names the step.

function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const inputs = [
	'\u001B[A', '\u001B[B', '\u001B[C', '\u001B[D', '\u001B[H', '\u001B[F', '\u001B[5~', '\u001B[6~',
	'\u001B', '\r', '\u007F', ' ', 't', 'i', '?', 'n', 'h', 'j', 'k', 'l', 'g', 'G', 'x', '/',
	'0', '1', '2', '3', '5', '9', '黃', '金', '中亞', '\u001B[', '\u001B[1;', '\u001BO', '\u0003x',
	'pasted text with spaces', '貼上的中文內容', '\u001B[C\u001B[C\u001B[C', 'tt', 'ii', 'b', 's', '/', 'r', '\t',
	'\u001B[1;5P', '\u001B[5n',
];

const noKey: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
	home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
	backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};
const keyFields: Array<keyof Key> = ['upArrow', 'downArrow', 'leftArrow', 'rightArrow', 'pageDown', 'pageUp', 'home', 'end', 'return', 'escape', 'backspace', 'delete', 'ctrl', 'meta', 'tab'];

afterEach(() => cleanupApps());

/** 10,000 renders took 16 s on two cores with a load average of 7, near the suite's 20 s: the
 * rendered fuzz gets a budget of its own, with room for a machine busier still. */
const renderedFuzzTimeout = 120_000;

describe('fuzz', () => {
	it('10,000 random keys through update(): no exception, the slide always in range', () => {
		const next = random(20261125);
		const deck = loadDeck(root);
		const count = deck.structure.slides.length;
		let state: State = startState(deck, createI18n(deck), {language: 'en'});
		for (let step = 0; step < 10_000; step++) {
			let action: Action | undefined;
			const input = inputs[Math.floor(next() * inputs.length)]!;
			const key = next() < 0.3 ? {...noKey, [keyFields[Math.floor(next() * keyFields.length)]!]: true} : noKey;
			action = actionFor(state.mode, input, key);
			if (!action || action.type === 'quit') continue;
			state = update(state, action);
			expect(state.slide, `step ${step}`).toBeGreaterThanOrEqual(0);
			expect(state.slide, `step ${step}`).toBeLessThan(count);
			expect(deck.structure.languages, `step ${step}`).toContain(state.language);
			expect(['slide', 'index', 'help', 'search', 'sources'], `step ${step}`).toContain(state.mode);
			expect(state.selected, `step ${step}`).toBeGreaterThanOrEqual(0);
		}
	});

	it('10,000 random keys and resizes through the rendered app: always a slide, the index or help, never too wide', async () => {
		const next = random(42);
		for (const deckDir of [root, exampleDeckDir]) {
			for (const language of ['zh-Hant', 'en']) {
				let [columns, rows] = [80, 24];
				const app = renderApp({deckDir, language, columns, rows});
				const count = app.deck.structure.slides.length;
				for (let step = 0; step < 2500; step++) {
					if (next() < 0.03) {
						// Resize the fake terminal the way a real one does: new size, then a 'resize' event.
						[columns, rows] = [20 + Math.floor(next() * 140), 8 + Math.floor(next() * 42)];
						await app.resize(columns, rows);
					} else {
						let input = inputs[Math.floor(next() * inputs.length)]!;
						if (input === 'q' || input === '\u0003x') input = 'x';
						app.stdin.write(input);
					}
					if (step % 5 !== 4) continue; // let a few keys pile up between frames, as fast typing does
					await app.settle();
					const lines = plain(app.frame());
					const frame = lines.join('\n');
					const where = `${deckDir} ${language} step ${step} at ${columns}×${rows}`;
					expect(lines.length, where).toBeLessThanOrEqual(Math.max(rows - 1, 1));
					for (const line of lines) expect(textWidth(line), `${where}: ${line}`).toBeLessThanOrEqual(columns);
					if (columns < 40 || rows < 12) {
						expect(frame, where).toMatch(/Terminal too small|終端機視窗太小/);
						continue;
					}
					const position = /(\d+)\/(\d+)/.exec(lines.at(-1) ?? '');
					expect(position, `${where}: status bar\n${frame}`).not.toBeNull();
					expect(Number(position![1])).toBeGreaterThanOrEqual(1);
					expect(Number(position![1])).toBeLessThanOrEqual(count);
					expect(frame.includes('╭') || frame.includes('┌'), `${where}:\n${frame}`).toBe(true);
					// Leave a list or search now and then, so that every view gets its turn.
					if (next() < 0.05) app.stdin.write('\u001B');
				}
				app.unmount();
			}
		}
	}, renderedFuzzTimeout);
});
