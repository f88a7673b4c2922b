import fs from 'node:fs';
import path from 'node:path';
import {boundsProblems, limits} from './bounds.js';
import {chromeSchema, type Chrome} from './deck-schema.js';
import {packageRoot} from './package-root.js';
import type {Problem} from './problem.js';
import {readJson} from './read-json.js';
import {sanitizeDeep} from '../text/sanitize.js';

let builtInChrome: Record<string, Chrome> | undefined;

/** The program's own chrome (locales/<lang>/ui.json at the package root), read once. Its
 * problems are the program's, not a deck's: they can only come from a broken install. */
export function packageChrome(problems: Problem[] = []): Record<string, Chrome> {
	if (builtInChrome) return builtInChrome;
	const chrome: Record<string, Chrome> = {};
	const localesDir = path.join(packageRoot, 'locales');
	for (const language of fs.readdirSync(localesDir)) {
		const file = path.join(localesDir, language, 'ui.json');
		if (!fs.existsSync(file)) continue;
		const json = readJson(file);
		if (!json.ok) {
			problems.push(json.problem);
			continue;
		}
		const outOfBounds = boundsProblems(json.value, file, limits.chromeLength);
		const parsed = chromeSchema.safeParse(sanitizeDeep(json.value));
		if (outOfBounds.length > 0 || !parsed.success) problems.push(...outOfBounds, {file, message: 'validate.problem.invalid'});
		else chrome[language] = parsed.data;
	}
	builtInChrome = chrome;
	return chrome;
}
