import path from 'node:path';
import {limits} from './bounds.js';
import {createI18n, slideText} from './i18n.js';
import {bodyRows, contentWidth, layoutSlide} from '../text/layout.js';
import {readDeck, type Deck} from './load-deck.js';
import type {Problem} from './problem.js';
import {slideContent} from './slide-content.js';
import {readAnyDeck} from './open-deck.js';

/** The terminal every slide must fit, in every language: a projector's classic 80×24. */
export const fitSize = {columns: 80, rows: 24};

/** Whether any string in a value is over the deck text limit: such text was reported when the
 * deck was read, and laying it out would cost time quadratic in its length. */
const overLimit = (value: unknown): boolean =>
	typeof value === 'string' ? value.length > limits.textLength : value !== null && typeof value === 'object' && Object.values(value).some(overLimit);

/** Slides whose layout needs more rows than an 80×24 terminal has, per language. */
export function fitProblems(deck: Deck, size = fitSize): Problem[] {
	const problems: Problem[] = [];
	const i18n = createI18n(deck);
	const available = bodyRows(size.rows);
	for (const language of deck.structure.languages) {
		deck.structure.slides.forEach((slide, index) => {
			if (overLimit(slideText(i18n, language, slide.id))) return;
			const needed = layoutSlide(slideContent(deck, i18n, language, index), contentWidth(size.columns)).length;
			if (needed > available) {
				problems.push({
					file: path.join(deck.dir, 'locales', language, 'deck.json'),
					key: `slides.${slide.id}`,
					message: `does not fit ${size.columns}×${size.rows}: needs ${needed} rows, ${available} available (shorten it or split it into parts)`,
				});
			}
		});
	}
	return problems;
}

export type CheckResult = {problems: Problem[]; slides?: number; languages?: readonly string[]};

/** Everything `bideck validate` checks: files, schema, parity, references, and fit. */
export function checkDeck(dir: string): CheckResult {
	return checkRead(readDeck(dir));
}

/** checkDeck for a deck in either format (see open-deck.ts). */
export async function checkAnyDeck(dir: string): Promise<CheckResult> {
	return checkRead(await readAnyDeck(dir));
}

function checkRead({deck, problems}: {deck?: Deck; problems: Problem[]}): CheckResult {
	if (!deck) return {problems};
	return {problems: fitProblems(deck), slides: deck.structure.slides.length, languages: deck.structure.languages};
}
