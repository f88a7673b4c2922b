import path from 'node:path';
import {sanitize} from '../text/sanitize.js';

/** One thing wrong with a deck, located as precisely as we can. */
export type Problem = {
	file: string;
	line?: number;
	column?: number;
	/** Dotted key path inside the file, e.g. "slides.su-chang.points.2". */
	key?: string;
	message: string;
};

/** Shows a file path relative to the working directory when it lies inside it. */
export function displayPath(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** One line per problem; sanitised, since key names and paths come from untrusted files. */
export function formatProblem(problem: Problem): string {
	let where = displayPath(problem.file);
	if (problem.line !== undefined) where += `:${problem.line}:${problem.column ?? 1}`;
	const line = problem.key ? `${where}: ${problem.key}: ${problem.message}` : `${where}: ${problem.message}`;
	return sanitize(line).replace(/\n/g, ' ');
}

/** A deck that cannot be used; carries every problem found, the first is the headline. */
export class DeckError extends Error {
	readonly problems: Problem[];

	constructor(problems: Problem[]) {
		super(formatProblem(problems[0]!));
		this.name = 'DeckError';
		this.problems = problems;
	}
}
