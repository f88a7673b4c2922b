import {describe, expect, it} from 'vitest';
import {fitProblems} from '../../source/deck/check-deck.js';
import {isError} from '../../source/deck/problem.js';
import {chromeFor, createI18n, slideText} from '../../source/deck/i18n.js';
import {bodyRows, contentWidth, layoutSlide} from '../../source/text/layout.js';
import {loadDeck, readDeck} from '../../source/deck/load-deck.js';
import {slideContent} from '../../source/deck/slide-content.js';
import {textWidth} from '../../source/text/wrap.js';
import {inEnglish, plain, renderApp, root} from '../helpers.js';

// The built-in forum deck: complete, parallel in both languages, and fitting 80×24.

const deck = loadDeck(root);
const i18n = createI18n(deck);
const slides = deck.structure.slides;

/** The forum's eleven speakers, in the article's order, by the name the Chinese text uses. */
const speakers = ['張國義', '何力治', '吳傑莊', '蘇暢', '春迎', '莫川川', '林琳', '嚴剛', '龐瀛', '肖康', '劉驥'];

describe('the forum deck', () => {
	it('loads with no problem at all (schema, parity, references, text for every slide)', () => {
		expect(readDeck(root).problems.map(inEnglish)).toEqual([]);
	});

	it('is in Traditional Chinese and English', () => {
		expect([...deck.structure.languages].sort()).toEqual(['en', 'zh-Hant']);
	});

	it('has a slide for every speaker, in the order they speak', () => {
		const order = slides.filter(slide => slide.kind === 'speaker').map(slide => slideText(i18n, 'zh-Hant', slide.id).speaker);
		const firstAppearance = [...new Set(order)];
		expect(firstAppearance).toEqual(speakers);
		for (const slide of slides.filter(s => s.kind === 'speaker')) {
			for (const language of ['en', 'zh-Hant']) {
				const text = slideText(i18n, language, slide.id);
				expect(text.role, `${slide.id} ${language}`).toBeTruthy();
				expect(text.thesis, `${slide.id} ${language}`).toBeTruthy();
				expect(text.notes, `${slide.id} ${language}`).toBeTruthy();
				expect(text.points?.length, `${slide.id} ${language}`).toBeGreaterThan(0);
			}
		}
	});

	it('opens with the title and overview, and ends with synthesis, glossary and a marked appendix', () => {
		const kinds = slides.map(slide => slide.kind);
		expect(kinds.slice(0, 2)).toEqual(['title', 'overview']);
		const tail = kinds.filter(kind => ['synthesis', 'glossary', 'appendix'].includes(kind));
		expect(kinds.slice(-tail.length)).toEqual(tail);
		expect(tail[0]).toBe('synthesis');
		expect(tail).toContain('glossary');
		expect(tail.at(-1)).toBe('appendix');
		for (const slide of slides.filter(s => s.kind === 'appendix')) {
			expect(slideText(i18n, 'en', slide.id).subtitle).toMatch(/not part of the forum/i);
			expect(slideText(i18n, 'zh-Hant', slide.id).subtitle).toMatch(/非.*研討會/);
		}
	});

	it('two-part speakers are marked 1/2 and 2/2 and stay together', () => {
		slides.forEach((slide, index) => {
			if (!slide.parts) return;
			if (slide.part! < slide.parts) expect(slides[index + 1]).toMatchObject({part: slide.part! + 1, parts: slide.parts});
		});
	});

	it('every slide fits 80×24 in both languages (layout measured)', () => {
		// Problems none; warnings only for the bilingual view at 100×24 (two full languages).
		expect(fitProblems(deck).filter(isError).map(inEnglish)).toEqual([]);
		expect(fitProblems(deck).filter(problem => !isError(problem)).map(problem => problem.message)).not.toContain('validate.problem.tooLong');
		for (const language of deck.structure.languages) {
			slides.forEach((_, index) => {
				const lines = layoutSlide(slideContent(deck, i18n, language, index), contentWidth(80));
				expect(lines.length, `${language} slide ${index + 1}`).toBeLessThanOrEqual(bodyRows(24));
			});
		}
	});

	it('every slide, rendered by the real components at 80×24, shows its last line with the status bar', async () => {
		for (const language of deck.structure.languages) {
			const app = renderApp({language, columns: 80, rows: 24});
			for (let index = 0; index < slides.length; index++) {
				const lines = plain(app.frame());
				expect(lines.length).toBeLessThanOrEqual(23);
				expect(lines.at(-1)).toContain(`${index + 1}/${slides.length}`);
				expect(app.frame(), `${language} slide ${index + 1}`).not.toContain(chromeFor(i18n, language)('slide.more'));
				for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(80);
				await app.press('\u001B[C');
			}
			app.unmount();
		}
	});
});
