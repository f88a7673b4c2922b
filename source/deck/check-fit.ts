import {limits} from './bounds.js';
import {createI18n} from './i18n.js';
import type {Deck} from './load-deck.js';
import {own} from './own.js';
import type {SourceFile} from './deck-source.js';
import type {Report} from './check-report.js';
import {slideContent} from './slide-content.js';
import {bodyRows, contentWidth, layoutBilingual, layoutSlide} from '../text/layout.js';

/** The terminal every slide must fit, in every language: a projector's classic 80×24. */
export const fitSize = {columns: 80, rows: 24};
/** The bilingual view (`b`) must fit where it shows two languages side by side (as app.tsx
 * does from 100 columns on). */
export const bilingualFitSize = {columns: 100, rows: 24};

/** Whether any string in a value is over the deck text limit: such text is a problem of its
 * own, and laying it out would cost time quadratic in its length. */
const overLimit = (value: unknown): boolean =>
	typeof value === 'string' ? value.length > limits.textLength : value !== null && typeof value === 'object' && Object.values(value).some(overLimit);

/**
 * Slides whose layout needs more rows than the terminal has: each language alone at 80×24
 * (a problem), and every ordered pair of languages the bilingual view can show at 100×24 (a
 * warning). `deck` may be
 * partial (a deck with problems elsewhere): a slide is laid out in each language whose text
 * for it could be read. Problems are located in `texts`, the language's text file.
 */
export function checkFit(report: Report, deck: Deck, texts: Record<string, SourceFile>): void {
	const i18n = createI18n(deck);
	const {languages, slides} = deck.structure;
	const has = (language: string, id: string) => {
		const text = own(deck.text[language]?.slides, id);
		return text !== undefined && !overLimit(text);
	};
	for (const language of languages) {
		const file = own(texts, language);
		if (!file) continue;
		slides.forEach((slide, index) => {
			if (!has(language, slide.id)) return;
			const needed = layoutSlide(slideContent(deck, i18n, language, index), contentWidth(fitSize.columns)).length;
			const available = bodyRows(fitSize.rows);
			if (needed > available) report.add(file, 'text', ['slides', slide.id], 'validate.problem.tooLong', {values: {...fitSize, needed, available}});
		});
	}
	// Every ordered pair the bilingual view can show, each pair named once (side by side, the
	// two orders need about the same rows: the longer column's, block by block). A warning, not
	// a problem: the view shows "↓ more" and the presenter can widen or enlarge the terminal, and
	// two languages of a full slide seldom fit 24 rows (the built-in deck's do not).
	const available = bodyRows(bilingualFitSize.rows);
	const width = contentWidth(bilingualFitSize.columns);
	languages.forEach((first, i) => {
		for (const second of languages.slice(i + 1)) {
			const file = own(texts, first);
			if (!file) continue;
			slides.forEach((slide, index) => {
				if (!has(first, slide.id) || !has(second, slide.id)) return;
				const [a, b] = [slideContent(deck, i18n, first, index), slideContent(deck, i18n, second, index)];
				const needed = Math.max(layoutBilingual(a, b, width, true).length, layoutBilingual(b, a, width, true).length);
				if (needed > available) {
					report.add(file, 'text', ['slides', slide.id], 'validate.problem.tooLongBilingual', {values: {...bilingualFitSize, needed, available, other: second}, severity: 'warning'});
				}
			});
		}
	});
}
