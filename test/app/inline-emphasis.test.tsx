import {afterEach, describe, expect, it} from 'vitest';
import {buildCatalog, searchCatalog} from '../../source/deck/catalog.js';
import {createI18n} from '../../source/deck/i18n.js';
import {loadDeck} from '../../source/deck/load-deck.js';
import {slideContent} from '../../source/deck/slide-content.js';
import {plainText} from '../../source/text/inline.js';
import {layoutSlide, lineText} from '../../source/text/layout.js';
import {textWidth} from '../../source/text/wrap.js';
import {cleanupApps, deckCopy, editJson, plain, renderApp, withEmphasis, coloursAsATerminalGetsThem} from '../helpers.js';

// Inline **bold**, *italic* and `code` in deck text: laid out by what shows (markers excluded),
// drawn by Ink in bold, italic and a code style, with and without colour.

type Cell = {char: string; bold: boolean; italic: boolean; inverse: boolean; bg: number | undefined};

/** A frame's characters with the SGR state each is drawn in. */
function styledChars(frame: string): Cell[] {
	const out: Cell[] = [];
	let state = {bold: false, italic: false, inverse: false, bg: undefined as number | undefined};
	// eslint-disable-next-line no-control-regex
	for (const [, codes, text] of frame.matchAll(/\u001B\[([0-9;]*)m|([^\u001B]+)/g)) {
		if (text !== undefined) {
			for (const char of text) out.push({char, ...state});
			continue;
		}
		for (const code of (codes || '0').split(';').map(Number)) {
			if (code === 0) state = {bold: false, italic: false, inverse: false, bg: undefined};
			else if (code === 1) state.bold = true;
			else if (code === 22) state.bold = false;
			else if (code === 3) state.italic = true;
			else if (code === 23) state.italic = false;
			else if (code === 7) state.inverse = true;
			else if (code === 27) state.inverse = false;
			else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) state.bg = code;
			else if (code === 49) state.bg = undefined;
		}
	}
	return out;
}

/** The style of every character of `text` where the frame shows it (the first time). */
function styleOf(frame: string, text: string): Array<Omit<Cell, 'char'>> {
	const cells = styledChars(frame);
	const shown = cells.map(cell => cell.char).join('');
	const at = shown.indexOf(text);
	expect(at, `"${text}" in:\n${shown}`).toBeGreaterThanOrEqual(0);
	return cells.slice(at, at + [...text].length).map(({char: _, ...style}) => style);
}
const all = (styles: Array<Omit<Cell, 'char'>>, key: keyof Omit<Cell, 'char'>) => styles.every(style => style[key]);
const none = (styles: Array<Omit<Cell, 'char'>>, key: keyof Omit<Cell, 'char'>) => styles.every(style => !style[key]);

coloursAsATerminalGetsThem();
afterEach(() => cleanupApps());

describe('inline emphasis in the layout', () => {
	const dir = deckCopy(withEmphasis);
	// The same deck with every marker already removed: what the emphasis deck must look like.
	const plain = deckCopy(copy => {
		withEmphasis(copy);
		for (const language of ['en', 'zh-Hant']) {
			editJson(copy, `locales/${language}/deck.json`, function strip(value: unknown): unknown {
				if (typeof value === 'string') return plainText(value);
				if (Array.isArray(value)) return value.map(strip);
				if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, strip(item)]));
				return value;
			});
		}
	});

	it('shows the text without its markers, and counts only what shows when it wraps', () => {
		const deck = loadDeck(dir);
		const plainDeck = loadDeck(plain);
		for (const language of ['en', 'zh-Hant']) {
			const i18n = createI18n(deck, language);
			const plainI18n = createI18n(plainDeck, language);
			for (let slide = 0; slide < deck.structure.slides.length; slide++) {
				for (const width of [20, 36, 56, 76, 96]) {
					const lines = layoutSlide(slideContent(deck, i18n, language, slide), width).map(lineText);
					expect(lines, `${language} slide ${slide + 1} at ${width}`).toEqual(layoutSlide(slideContent(plainDeck, plainI18n, language, slide), width).map(lineText));
					for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
				}
			}
		}
	});

	it('gives each emphasised span its emphasis', () => {
		const deck = loadDeck(dir);
		const content = slideContent(deck, createI18n(deck, 'en'), 'en', 1);
		const spans = layoutSlide(content, 24).flat();
		const emphasised = (what: 'bold' | 'italic' | 'code') =>
			spans
				.filter(span => span.emphasis?.[what])
				.map(span => span.text)
				.join('|');
		expect(emphasised('bold')).toBe('author|in order|kind|another');
		expect(emphasised('italic')).toBe('no words|one');
		expect(emphasised('code')).toBe('id');
		expect(spans.map(span => span.text).join('')).not.toMatch(/[*`]/);
	});
});

describe('inline emphasis on screen', () => {
	const dir = deckCopy(withEmphasis);

	it('draws bold, italic and code in their styles, in colour', async () => {
		const app = renderApp({deckDir: dir, slide: 1, columns: 100, rows: 30, color: true});
		const frame = await app.waitFor('in order');
		expect(all(styleOf(frame, 'in order'), 'bold')).toBe(true);
		expect(all(styleOf(frame, 'no words'), 'italic')).toBe(true);
		expect(none(styleOf(frame, 'no words'), 'bold')).toBe(true);
		// Code on grey, and nothing after it.
		expect(styleOf(frame, 'an id and a').map(style => style.bg)).toEqual([undefined, undefined, undefined, 100, 100, undefined, undefined, undefined, undefined, undefined, undefined]);
		expect(none(styleOf(frame, ' and a'), 'bold')).toBe(true);
		expect(all(styleOf(frame, 'another'), 'bold')).toBe(true);
		expect(all(styleOf(frame, 'Structure in one').slice(-3), 'italic')).toBe(true); // inside the (italic) quote
		expect(frame).not.toMatch(/\*\*|`/);
	});

	it('keeps bold, italic and a distinct code style without colour (reverse video)', async () => {
		const app = renderApp({deckDir: dir, slide: 1, columns: 100, rows: 30, color: false});
		const frame = await app.waitFor('in order');
		expect(all(styleOf(frame, 'in order'), 'bold')).toBe(true);
		expect(all(styleOf(frame, 'no words'), 'italic')).toBe(true);
		expect(styleOf(frame, 'an id and').map(style => style.inverse)).toEqual([false, false, false, true, true, false, false, false, false]);
		// eslint-disable-next-line no-control-regex
		const codes = [...frame.matchAll(/\u001B\[([0-9;]*)m/g)].flatMap(([, list]) => list!.split(';').map(Number));
		expect(codes.filter(code => (code >= 30 && code <= 49) || code >= 90)).toEqual([]);
	});

	it('draws CJK emphasis, bold and italic, with the markers gone', async () => {
		const app = renderApp({deckDir: dir, language: 'zh-Hant', slide: 2, columns: 100, rows: 30, color: true});
		const frame = await app.waitFor('每種語言');
		expect(all(styleOf(frame, '每種語言'), 'bold')).toBe(true);
		expect(all(styleOf(frame, '相同'), 'italic')).toBe(true);
		expect(frame).not.toContain('**');
	});
});

describe('inline emphasis in the bilingual view', () => {
	const dir = deckCopy(withEmphasis);

	it('side by side at 100 columns and stacked at 80: both languages styled, no markers, nothing past the width', async () => {
		for (const columns of [100, 80]) {
			const app = renderApp({deckDir: dir, slide: 1, columns, rows: 40, color: true});
			await app.waitFor('in order');
			const frame = await app.press('b');
			expect(all(styleOf(frame, 'in order'), 'bold')).toBe(true);
			expect(all(styleOf(frame, '按次序'), 'bold')).toBe(true);
			expect(all(styleOf(frame, '不含'), 'italic')).toBe(true);
			expect(frame).not.toMatch(/\*\*|`/);
			for (const line of plain(frame)) expect(textWidth(line), line).toBeLessThanOrEqual(columns);
			app.unmount();
		}
	});
});

describe('search matches the text as it shows', () => {
	const dir = deckCopy(withEmphasis);

	it('finds "in order" in "**in order**", and "*" only where the text shows one', () => {
		const deck = loadDeck(dir);
		const catalog = buildCatalog(deck, createI18n(deck, 'en'));
		const [hit] = searchCatalog(catalog, 'in order', ['en', 'zh-Hant'], 'en');
		expect(hit).toMatchObject({slide: 1, language: 'en', field: 'thesis', text: 'slides/deck.json lists the slides in order, with no words in it.'});
		expect(hit!.text.slice(hit!.start, hit!.start + hit!.length)).toBe('in order');
		// The words slide shows a literal "*" (written "\*"); every other marker is gone.
		expect(searchCatalog(catalog, '*', ['en', 'zh-Hant'], 'en').map(found => found.slide)).toEqual([2]);
		expect(searchCatalog(catalog, '`', ['en', 'zh-Hant'], 'en')).toEqual([]);
		expect(searchCatalog(catalog, '按次序', ['en', 'zh-Hant'], 'en')).toMatchObject([{slide: 1, language: 'zh-Hant'}]);
	});

	it('shows the match in its snippet without markers', async () => {
		const app = renderApp({deckDir: dir, columns: 100, rows: 30});
		await app.press('/');
		const frame = plain(await app.press('every word'));
		expect(frame.join('\n')).toContain('1 slide matches');
		const row = frame.find(line => line.includes('every word') && !line.includes('Search:'))!;
		expect(row).toContain('/deck.json holds every word of the deck, per language; a literal * stays. (English)');
		expect(row).not.toMatch(/\*\*|`/);
	});
});
