import path from 'node:path';
import type {TFunction} from 'i18next';
import {sanitize} from '../text/sanitize.js';

/** One thing wrong with a deck, located as precisely as we can. */
export type Problem = {
	file: string;
	/** 1-based, where the value is written (the nearest enclosing value when it is not). */
	line?: number;
	column?: number;
	/** The slide it is about, as a reader counts them: `slide 8 "article-6"`. */
	slide?: {number: number; id?: string};
	/** The source section it is about (slides/deck.json's sections, a language's headings). */
	section?: {number: number; id?: string};
	/** Dotted key path inside the file, or inside the slide when `slide` is given ("points.2"). */
	key?: string;
	/** A chrome key (validate.problem.*), translated in the reader's language when shown; any
	 * other text is shown as it is. */
	message: string;
	/** The values the message interpolates; `count` chooses the plural. */
	values?: Record<string, string | number>;
	/** A close name for a misspelt one: "did you mean …". */
	suggestion?: string;
	/** A warning is shown but does not stop a deck from loading or validating. */
	severity?: 'warning';
};

export const isError = (problem: Problem) => problem.severity !== 'warning';

/** Shows a file path relative to the working directory when it lies inside it. */
export function displayPath(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

const chromeKey = /^validate\.[\w.]+$/;

/** A problem's message in the language of `t`, with its suggestion. */
export function problemMessage(problem: Problem, t: TFunction): string {
	const message = chromeKey.test(problem.message) ? t(problem.message, problem.values ?? {}) : problem.message;
	return problem.suggestion === undefined ? message : t('validate.didYouMean', {message, suggestion: problem.suggestion});
}

/** One line per problem, `file:line:column: slide 8 "id": key: message`; sanitised, since key
 * names and paths come from untrusted files. */
export function formatProblem(problem: Problem, t: TFunction): string {
	let where = displayPath(problem.file);
	if (problem.line !== undefined) where += `:${problem.line}:${problem.column ?? 1}`;
	const parts = [where];
	if (problem.slide) parts.push(problem.slide.id === undefined ? t('validate.slideNumber', problem.slide) : t('validate.slide', problem.slide));
	if (problem.section) parts.push(problem.section.id === undefined ? t('validate.sectionNumber', problem.section) : t('validate.section', problem.section));
	if (problem.key) parts.push(problem.key);
	if (problem.severity === 'warning') parts.push(t('validate.warning'));
	parts.push(problemMessage(problem, t));
	return sanitize(parts.join(t('validate.separator'))).replace(/\n/g, ' ');
}

/** A deck that cannot be used; carries every problem found. */
export class DeckError extends Error {
	readonly problems: Problem[];

	constructor(problems: Problem[]) {
		const first = problems[0]!;
		super(`${displayPath(first.file)}: ${first.message}`);
		this.name = 'DeckError';
		this.problems = problems;
	}
}
