import path from 'node:path';
import {checkFit} from './check-fit.js';
import {Report} from './check-report.js';
import {checkSource} from './check-source.js';
import {readSource, type Deck} from './load-deck.js';
import type {Problem} from './problem.js';
import {readAnySource} from './open-deck.js';

export {bilingualFitSize, fitSize} from './check-fit.js';

export type CheckResult = {problems: Problem[]; slides?: number; languages?: readonly string[]};

/** Everything `bideck validate` checks: files, schema, parity, references, labels and fit. */
export function checkDeck(dir: string): CheckResult {
	return checkRead(checkSource(readSource(dir)));
}

/** checkDeck for a deck in either format (see open-deck.ts). */
export async function checkAnyDeck(dir: string): Promise<CheckResult> {
	return checkRead(checkSource(await readAnySource(dir)));
}

function checkRead({deck, problems}: {deck?: Deck; problems: Problem[]}): CheckResult {
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
