import {afterEach, describe, expect, it} from 'vitest';
import {createI18n, slideText} from '../../source/deck/i18n.js';
import {cleanupApps, keys, renderApp, coloursAsATerminalGetsThem} from '../helpers.js';

// NO_COLOR and --no-color in the presenter: every view drawn without a colour code, foreground or
// background, but with bold, and with reverse video where a background marked something (the
// status bar's position, the search match, the appendix marker), so that it still shows.

coloursAsATerminalGetsThem();
afterEach(() => cleanupApps());

/** Every SGR parameter in a frame: "\u001B[1;7m" gives 1 and 7. */
function sgrCodes(frame: string): number[] {
	// eslint-disable-next-line no-control-regex
	return [...frame.matchAll(/\u001B\[([0-9;]*)m/g)].flatMap(([, codes]) => (codes || '0').split(';').map(Number));
}
/** Colour parameters: foreground 30–39 (38 is 256/true colour), background 40–49, bright 90–107. */
/** The text drawn in reverse video, run after run. */
function reversed(frame: string): string {
	let inverse = false;
	let text = '';
	// eslint-disable-next-line no-control-regex
	for (const [, codes, run] of frame.matchAll(/\u001B\[([0-9;]*)m|([^\u001B]+)/g)) {
		if (run !== undefined) text += inverse ? run : '';
		else for (const code of (codes || '0').split(';').map(Number)) inverse = code === 7 ? true : code === 27 || code === 0 ? false : inverse;
	}
	return text;
}
const colourCodes = (frame: string) => sgrCodes(frame).filter(code => (code >= 30 && code <= 49) || (code >= 90 && code <= 107));

const views: Array<[name: string, inputs: string[], inverse: boolean]> = [
	['slide', [], true],
	['appendix slide (its marker)', ['G'], true],
	['notes', ['n'], true],
	['index', ['i', keys.down], true],
	['search with a match', ['/', 'gold'], true],
	['help', ['?'], true],
	['sources', ['s'], true],
];

describe('the presenter without colour', () => {
	for (const [name, inputs, inverse] of views) {
		it(`${name}: no colour codes, bold and reverse video kept; with colour, colours`, async () => {
			const mono = renderApp({language: 'en', columns: 100, rows: 30, color: false});
			const frame = await mono.press(...inputs);
			expect(colourCodes(frame), frame).toEqual([]);
			expect(sgrCodes(frame)).toContain(1);
			if (inverse) expect(sgrCodes(frame)).toContain(7);
			const coloured = renderApp({language: 'en', columns: 100, rows: 30});
			expect(colourCodes(await coloured.press(...inputs)).length).toBeGreaterThan(0);
		});
	}

	it('the appendix marker, the search match and the position are in reverse video', async () => {
		const app = renderApp({language: 'en', columns: 100, rows: 30, color: false});
		// The last slide is an appendix: its subtitle is the marker.
		const appendix = await app.press('G');
		const last = app.deck.structure.slides.at(-1)!;
		expect(last.kind).toBe('appendix');
		const marker = slideText(createI18n(app.deck), 'en', last.id).subtitle!;
		const count = app.deck.structure.slides.length;
		expect(reversed(appendix)).toContain([...marker].slice(0, 20).join(''));
		expect(reversed(appendix)).toContain(` ${count}/${count} `);
		expect(reversed(await app.press('/', 'gold'))).toMatch(/^(gold)+ \d+\/\d+ $/i);
	});

	it('the too-small screen: no colour codes', async () => {
		const app = renderApp({language: 'en', columns: 100, rows: 30, color: false});
		await app.resize(30, 8);
		const frame = await app.waitFor(shown => /too small/i.test(shown));
		expect(colourCodes(frame)).toEqual([]);
	});
});
