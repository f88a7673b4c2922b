import fs from 'node:fs';
import path from 'node:path';
import {languagePattern} from './deck-schema.js';
import type {DeckSource, SourceFile} from './deck-source.js';
import type {Problem} from './problem.js';
import {readJson} from './read-json.js';

// The JSON deck format: slides/deck.json (structure), locales/<lang>/deck.json (text) and an
// optional locales/<lang>/ui.json (the labels the deck changes), read into a DeckSource with
// positions; checkSource checks it.

function isDirectory(dir: string): boolean {
	try {
		return fs.statSync(dir).isDirectory();
	} catch {
		return false;
	}
}

function read(file: string, problems: Problem[]): SourceFile | undefined {
	const json = readJson(file);
	if (json.ok) return json.source;
	problems.push(json.problem);
	return undefined;
}

/** The languages to read: those slides/deck.json lists (when it lists them as language tags:
 * they name folders), else every folder in locales/. */
function languagesOf(structure: SourceFile | undefined, localesDir: string): string[] {
	const value = structure?.value as {languages?: unknown} | undefined;
	if (Array.isArray(value?.languages)) return value.languages.filter((language): language is string => typeof language === 'string' && languagePattern.test(language));
	try {
		return fs
			.readdirSync(localesDir, {withFileTypes: true})
			.filter(entry => entry.isDirectory() && languagePattern.test(entry.name))
			.map(entry => entry.name)
			.sort();
	} catch {
		return [];
	}
}

export function readJsonDeck(dir: string): DeckSource {
	const problems: Problem[] = [];
	const source: DeckSource = {dir, format: 'json', languages: {}, problems};
	const slidesDir = path.join(dir, 'slides');
	const localesDir = path.join(dir, 'locales');
	if (!isDirectory(slidesDir)) problems.push({file: slidesDir, message: 'validate.problem.noSlidesFolder'});
	else source.structure = read(path.join(slidesDir, 'deck.json'), problems);
	if (!isDirectory(localesDir)) {
		problems.push({file: localesDir, message: 'validate.problem.noLocalesFolder'});
		// Each language is missing because the folder is: said once, above.
		for (const language of languagesOf(source.structure, localesDir)) source.languages[language] = {};
		return source;
	}
	for (const language of new Set(languagesOf(source.structure, localesDir))) {
		const languageDir = path.join(localesDir, language);
		if (!isDirectory(languageDir)) {
			problems.push({file: languageDir, message: 'validate.problem.noLanguageFolder', values: {language}});
			source.languages[language] = {};
			continue;
		}
		const chromeFile = path.join(languageDir, 'ui.json');
		source.languages[language] = {
			text: read(path.join(languageDir, 'deck.json'), problems),
			chrome: fs.existsSync(chromeFile) ? read(chromeFile, problems) : undefined,
		};
	}
	return source;
}
