import React from 'react';
import stringWidth from 'string-width';
import {render} from 'ink';
import {describe, expect, it} from 'vitest';
import {App} from '../../source/present/app.js';
import {createI18n} from '../../source/deck/i18n.js';
import {loadDeck, type Deck} from '../../source/deck/load-deck.js';
import {firstFrame} from '../../source/present/first-frame.js';
import {startState} from '../../source/present/start-state.js';
import {newRoom} from '../../source/present/state.js';
import {deckCopy, exampleDeckDir, FakeStdin, FakeStdout, generateDeck, root, withEmphasis, coloursAsATerminalGetsThem} from '../helpers.js';

// The presenter draws its first frame itself, before Ink is loaded, and Ink then draws its own
// over it: the two must agree cell for cell (character and style), or the screen would change
// under the user's eyes. Compared on every slide of the decks, in each language, at several
// sizes, with colours on (as in a terminal).

type Cell = {text: string; style: string};

/** A frame as a terminal shows it: rows × columns cells, each a character and its SGR state. */
function cells(frame: string, columns: number, rows: number): Cell[][] {
	const blank = (): Cell => ({text: ' ', style: ''});
	const grid = Array.from({length: rows}, () => Array.from({length: columns}, blank));
	const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	let style = {bold: false, italic: false, inverse: false, fg: '', bg: ''};
	frame.split('\n').forEach((line, y) => {
		let x = 0;
		// eslint-disable-next-line no-control-regex
		for (const [, codes, text] of line.matchAll(/\u001B\[([0-9;]*)m|([^\u001B]+)/g)) {
			if (codes !== undefined) {
				for (const code of (codes || '0').split(';').map(Number)) {
					if (code === 0) style = {bold: false, italic: false, inverse: false, fg: '', bg: ''};
					else if (code === 1) style = {...style, bold: true};
					else if (code === 22) style = {...style, bold: false};
					else if (code === 3) style = {...style, italic: true};
					else if (code === 23) style = {...style, italic: false};
					else if (code === 7) style = {...style, inverse: true};
					else if (code === 27) style = {...style, inverse: false};
					else if (code === 39) style = {...style, fg: ''};
					else if (code === 49) style = {...style, bg: ''};
					else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) style = {...style, fg: String(code)};
					else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) style = {...style, bg: String(code)};
					else throw new Error(`unexpected SGR code ${code}`);
				}
				continue;
			}
			for (const {segment} of graphemes.segment(text!)) {
				const width = stringWidth(segment);
				if (y >= rows || x + width > columns) throw new Error(`row ${y} overflows ${columns} columns: ${JSON.stringify(line)}`);
				const key = `${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}/${style.fg}/${style.bg}${style.inverse ? 'r' : ''}`;
				grid[y]![x] = {text: segment, style: key};
				for (let extra = 1; extra < width; extra++) grid[y]![x + extra] = {text: '', style: key};
				x += width;
			}
		}
	});
	// A space shows only its background: compare what the eye sees.
	return grid.map(row => row.map(cell => (cell.text === ' ' ? {text: ' ', style: cell.style.split('/')[2] ? `bg ${cell.style.split('/')[2]}` : ''} : cell)));
}

/** Ink's first frame of the presenter, rendered with the same state as the first frame's. */
async function inkFrame(deck: Deck, language: string, slide: number, columns: number, rows: number, color = true, join?: string) {
	const i18n = createI18n(deck, language);
	const initial = {...startState(deck, i18n, {language, slide}), ...(join ? {room: newRoom('presenter', join)} : {})};
	const stdout = new FakeStdout(columns, rows);
	const instance = render(<App deck={deck} i18n={i18n} initial={initial} color={color} />, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: new FakeStdin() as unknown as NodeJS.ReadStream,
		stderr: new FakeStdout(columns, rows) as unknown as NodeJS.WriteStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	await instance.waitUntilRenderFlush();
	const ink = stdout.lastFrame();
	instance.unmount();
	return {ink, own: firstFrame(deck, i18n, initial, {columns, rows, color}, initial.timerStart)};
}

const sizes = [
	[100, 30],
	[80, 24],
	[40, 12],
	[57, 19],
	[133, 41],
] as const;

coloursAsATerminalGetsThem();

describe('the first frame, drawn before Ink loads', () => {
	const generated = generateDeck(3);
	for (const [name, dir] of [
		['forum', root],
		['examples/minimal', exampleDeckDir],
		['generated', generated],
		// Inline bold, italic and code: the same styles, cell for cell.
		['inline emphasis', deckCopy(withEmphasis)],
	] as const) {
		it(`is Ink's first frame, cell for cell: ${name} deck, every slide and language, ${sizes.length} sizes`, async () => {
			const deck = loadDeck(dir);
			let compared = 0;
			for (const [columns, rows] of sizes) {
				for (const language of deck.structure.languages) {
					for (let slide = 0; slide < deck.structure.slides.length; slide++) {
						const {ink, own} = await inkFrame(deck, language, slide, columns, rows);
						const where = `${language}, slide ${slide + 1}, ${columns}×${rows}`;
						if (own === undefined) continue; // left to Ink (a line it would wrap)
						expect(own.split('\n'), where).toHaveLength(rows - 1);
						expect(cells(own, columns, rows), `${where}\nInk:\n${ink}\nfirst frame:\n${own}`).toEqual(cells(ink, columns, rows));
						compared++;
					}
				}
			}
			// Only the narrowest size may leave a slide to Ink.
			expect(compared).toBeGreaterThanOrEqual((sizes.length - 1) * deck.structure.languages.length * deck.structure.slides.length);
		});
	}

	it("with a shared presentation's join line under the slide, is Ink's first frame too", async () => {
		const deck = loadDeck(root);
		let compared = 0;
		for (const [columns, rows] of sizes) {
			for (const language of deck.structure.languages) {
				for (const slide of [0, 3, deck.structure.slides.length - 1]) {
					const {ink, own} = await inkFrame(deck, language, slide, columns, rows, true, 'bideck follow 192.0.2.1:7450/abcdefghjkmn');
					if (own === undefined) continue; // a join line Ink would cut (under 80 columns)
					const where = `${language}, slide ${slide + 1}, ${columns}×${rows}`;
					expect(own, where).toContain('bideck follow 192.0.2.1:7450/abcdefghjkmn');
					expect(cells(own, columns, rows), `${where}\nInk:\n${ink}\nfirst frame:\n${own}`).toEqual(cells(ink, columns, rows));
					compared++;
				}
			}
		}
		// Every size where the line fits: 80 columns and more.
		expect(compared).toBe(sizes.filter(([columns]) => columns >= 80).length * deck.structure.languages.length * 3);
	});

	it("without colour (NO_COLOR, --no-color), is Ink's first frame too, with no colour code in it", async () => {
		let compared = 0;
		for (const dir of [root, exampleDeckDir, deckCopy(withEmphasis)]) {
			const deck = loadDeck(dir);
			for (const [columns, rows] of sizes.slice(0, 2)) {
				for (let slide = 0; slide < deck.structure.slides.length; slide++) {
					const {ink, own} = await inkFrame(deck, 'en', slide, columns, rows, false);
					if (own === undefined) continue;
					const where = `slide ${slide + 1}, ${columns}×${rows}`;
					expect(cells(own, columns, rows), `${where}\nInk:\n${ink}\nfirst frame:\n${own}`).toEqual(cells(ink, columns, rows));
					// eslint-disable-next-line no-control-regex
					const codes = [...own.matchAll(/\u001B\[([0-9;]*)m/g)].flatMap(([, list]) => list!.split(';').map(Number));
					expect(codes.filter(code => (code >= 30 && code <= 49) || code >= 90), where).toEqual([]);
					expect(codes, where).toContain(7); // the position in the status bar
					compared++;
				}
			}
		}
		expect(compared).toBeGreaterThan(20);
	});

	it('is left to Ink below the minimum size', async () => {
		const deck = loadDeck(root);
		const {own} = await inkFrame(deck, 'en', 0, 39, 24);
		expect(own).toBeUndefined();
	});
});
