import {limits} from './bounds.js';
import {createI18n} from './i18n.js';
import type {Deck} from './load-deck.js';
import {own} from './own.js';
import type {SourceFile} from './deck-source.js';
import type {Report} from './check-report.js';
import {slideContent, type SlideContent} from './slide-content.js';
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
	// Each slide's content once per language: the pairs below use it again.
	const contents = new Map<string, Array<SlideContent | undefined>>(
		languages.map(language => [language, slides.map((slide, index) => (has(language, slide.id) ? slideContent(deck, i18n, language, index) : undefined))]),
	);
	// Slides too long alone: a problem already, and never laid out beside another language.
	const tooLong = new Set<number>();
	for (const language of languages) {
		const file = own(texts, language);
		if (!file) continue;
		slides.forEach((slide, index) => {
			const content = contents.get(language)![index];
			if (!content) return;
			const needed = layoutSlide(content, contentWidth(fitSize.columns)).length;
			const available = bodyRows(fitSize.rows);
			if (needed <= available) return;
			tooLong.add(index);
			report.add(file, 'text', ['slides', slide.id], 'validate.problem.tooLong', {values: {...fitSize, needed, available}});
		});
	}
	// Every ordered pair the bilingual view can show, each pair laid out and named once: side by
	// side, both orders need the same rows (block by block, the longer column's). A warning, not
	// a problem: the view shows "↓ more" and the presenter can widen or enlarge the terminal, and
	// two languages of a full slide seldom fit 24 rows (the built-in deck's do not).
	const available = bodyRows(bilingualFitSize.rows);
	const width = contentWidth(bilingualFitSize.columns);
	languages.forEach((first, i) => {
		for (const second of languages.slice(i + 1)) {
			const file = own(texts, first);
			if (!file) continue;
			slides.forEach((slide, index) => {
				const [a, b] = [contents.get(first)![index], contents.get(second)![index]];
				if (!a || !b || tooLong.has(index)) return;
				const needed = layoutBilingual(a, b, width, true).length;
				if (needed > available) {
					report.add(file, 'text', ['slides', slide.id], 'validate.problem.tooLongBilingual', {values: {...bilingualFitSize, needed, available, other: second}, severity: 'warning'});
				}
			});
		}
	});
}
