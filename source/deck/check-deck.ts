import path from 'node:path';
import {checkFit} from './check-fit.js';
import {Report} from './check-report.js';
import {checkSource} from './check-source.js';
import {readSource, type Deck} from './load-deck.js';
import type {Problem} from './problem.js';

export {bilingualFitSize, fitSize} from './check-fit.js';

export type CheckResult = {problems: Problem[]; slides?: number; languages?: readonly string[]};

/** Everything `bideck validate` checks: files, schema, parity, references, labels and fit. */
export function checkDeck(dir: string): CheckResult {
	const {deck, problems} = checkSource(readSource(dir));
	if (!deck) return {problems};
	return {problems, slides: deck.structure.slides.length, languages: deck.structure.languages};
}

/** The fit check alone, on a deck already loaded (no positions: the files are not at hand). */
export function fitProblems(deck: Deck): Problem[] {
	const report = new Report();
	report.setSlides(deck.structure.slides.map(slide => slide.id));
	const texts = Object.fromEntries(deck.structure.languages.map(language => [language, {file: path.join(deck.dir, 'locales', language, 'deck.json'), value: undefined, locate: () => undefined}]));
	checkFit(report, deck, texts);
	return report.problems;
}
