import {checkDeck} from '../deck/check-deck.js';
import type {TFunction} from '../deck/i18n.js';
import {displayPath, formatProblem, isError} from '../deck/problem.js';
import {echo, middle, writeOutput} from '../io/output.js';

/** `bideck validate [DIR]`: every problem of every file, one a line, then the warnings, then a
 * summary; exit 0 when there is no problem (warnings allowed), 1 when there is (or the status of
 * output that could not be written, see io/output.ts). The folder's name is echoed sanitised and
 * cut (it may hold escape sequences, or be huge); so is every problem line. */
export function validate(dir: string, t: TFunction): Promise<number> {
	const {problems, slides, languages} = checkDeck(dir);
	const errors = problems.filter(isError);
	const where = echo(displayPath(dir) || '.', 200);
	const lines = [...errors, ...problems.filter(problem => !isError(problem))].map(problem => middle(formatProblem(problem, t)));
	if (errors.length === 0) lines.push(t('validate.clean', {deck: where, count: slides, languages: languages?.join(', ')}));
	else lines.push(t('validate.problems', {deck: where, count: errors.length}));
	return writeOutput(`${lines.join('\n')}\n`, t, errors.length === 0 ? 0 : 1);
}
