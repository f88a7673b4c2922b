import {checkDeck} from '../deck/check-deck.js';
import type {TFunction} from '../deck/i18n.js';
import {displayPath, formatProblem} from '../deck/problem.js';

/** `bideck validate [DIR]`: every problem, one a line, then a summary; exit 0 clean, 1 not. */
export function validate(dir: string, t: TFunction): number {
	const {problems, slides, languages} = checkDeck(dir);
	for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
	const where = displayPath(dir) || '.';
	if (problems.length === 0) {
		process.stdout.write(`${t('validate.clean', {deck: where, count: slides, languages: languages?.join(', ')})}\n`);
		return 0;
	}
	process.stdout.write(`${t('validate.problems', {deck: where, count: problems.length})}\n`);
	return 1;
}
