import type {TFunction} from './i18n.js';
import {displayPath, formatProblem, type Problem} from './problem.js';
import {echo} from '../io/output.js';

/** Why a deck cannot be used, on one line: the first problem, and with more, how many and
 * where to see them all. */
export function cannotLoad(problems: readonly Problem[], dir: string, t: TFunction): string {
	const problem = formatProblem(problems[0]!, t);
	if (problems.length === 1) return t('cli.deckError', {problem});
	return t('cli.deckProblems', {count: problems.length, problem, deck: echo(displayPath(dir))});
}
