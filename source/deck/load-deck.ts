import fs from 'node:fs';
import path from 'node:path';
import type * as z from 'zod/mini';
import {
	chromeSchema,
	deckTextSchema,
	refPattern,
	structureSchema,
	type Chrome,
	type DeckText,
	type Structure,
} from './deck-schema.js';
import {boundsProblems, limits} from './bounds.js';
import {own} from './own.js';
import {DeckError, type Problem} from './problem.js';
import {readJson} from './read-json.js';
import {sanitizeDeep} from '../text/sanitize.js';

import {packageRoot} from './package-root.js';

export {builtInDeckDir, packageRoot} from './package-root.js';

export type Deck = {
	dir: string;
	structure: Structure;
	/** Deck text per language. */
	text: Record<string, DeckText>;
	/** UI chrome per language; languages without chrome fall back to English. */
	chrome: Record<string, Chrome>;
};

const keyPath = (parts: ReadonlyArray<PropertyKey>) => parts.map(String).join('.');

function schemaProblems(file: string, error: z.core.$ZodError): Problem[] {
	return error.issues.map(issue => {
		let message = issue.message;
		if (issue.code === 'unrecognized_keys') message = `unknown key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
		else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) message = `missing (expected ${issue.expected})`;
		return {file, key: keyPath(issue.path) || undefined, message};
	});
}

/** Reads one deck file: JSON, then bounds (nothing after may meet an unbounded string or
 * nesting), then sanitised (so the schema sees the text as shown: "\u001B[2J" is empty), then
 * the schema. */
function parseFile<T>(file: string, schema: z.ZodMiniType<T>, stringLength: number, problems: Problem[]): T | undefined {
	const json = readJson(file);
	if (!json.ok) {
		problems.push(json.problem);
		return undefined;
	}
	const outOfBounds = boundsProblems(json.value, file, stringLength);
	if (outOfBounds.length > 0) {
		problems.push(...outOfBounds);
		return undefined;
	}
	const parsed = schema.safeParse(sanitizeDeep(json.value));
	if (!parsed.success) {
		problems.push(...schemaProblems(file, parsed.error));
		return undefined;
	}
	return parsed.data;
}

/** Reports where `other` differs in keys or array lengths from `reference`. */
function compareShape(reference: unknown, other: unknown, at: string[], file: string, referenceLang: string, problems: Problem[]): void {
	if (Array.isArray(reference) && Array.isArray(other)) {
		if (reference.length !== other.length) {
			problems.push({file, key: at.join('.'), message: `has ${other.length} items, ${referenceLang} has ${reference.length}`});
		}
		for (let i = 0; i < Math.min(reference.length, other.length); i++) {
			compareShape(reference[i], other[i], [...at, String(i)], file, referenceLang, problems);
		}
		return;
	}
	const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
	if (isObject(reference) && isObject(other)) {
		for (const key of Object.keys(reference)) {
			if (!Object.hasOwn(other, key)) problems.push({file, key: [...at, key].join('.'), message: `missing (${referenceLang} has it)`});
			else compareShape(reference[key], other[key], [...at, key], file, referenceLang, problems);
		}
		for (const key of Object.keys(other)) {
			if (!Object.hasOwn(reference, key)) problems.push({file, key: [...at, key].join('.'), message: `not in ${referenceLang}`});
		}
		return;
	}
	if (typeof reference !== typeof other || Array.isArray(reference) !== Array.isArray(other)) {
		problems.push({file, key: at.join('.'), message: `is a different kind of value than in ${referenceLang}`});
	}
}

function checkStructure(structure: Structure, file: string, problems: Problem[]): void {
	const seen = new Map<string, number>();
	const sections = new Map((structure.sections ?? []).map(section => [section.id, section.paragraphs]));
	structure.slides.forEach((slide, index) => {
		const at = `slides.${index}`;
		const first = seen.get(slide.id);
		if (first === undefined) seen.set(slide.id, index);
		else problems.push({file, key: `${at}.id`, message: `duplicate slide id "${slide.id}" (also slides.${first})`});
		if ((slide.part === undefined) !== (slide.parts === undefined)) {
			problems.push({file, key: at, message: '"part" and "parts" go together'});
		} else if (slide.part !== undefined && slide.part > slide.parts!) {
			problems.push({file, key: `${at}.part`, message: `part ${slide.part} of ${slide.parts}`});
		}
		const checkRef = (ref: string, key: string) => {
			const [, section, from, to] = refPattern.exec(ref)!;
			const paragraphs = sections.get(section!);
			if (paragraphs === undefined) {
				problems.push({file, key, message: `unknown section "${section}" (declare it in "sections")`});
				return;
			}
			const last = Number(to ?? from);
			if (Number(from) < 1 || last > paragraphs || last < Number(from)) {
				problems.push({file, key, message: `paragraph ${ref.split('#')[1]} is out of range (section "${section}" has ${paragraphs})`});
			}
		};
		if (slide.thesisRef !== undefined) checkRef(slide.thesisRef, `${at}.thesisRef`);
		slide.refs?.forEach((ref, r) => checkRef(ref, `${at}.refs.${r}`));
		if (slide.quoteRef !== undefined) checkRef(slide.quoteRef, `${at}.quoteRef`);
	});
	const languages = new Set<string>();
	for (const language of structure.languages) {
		if (languages.has(language)) problems.push({file, key: 'languages', message: `"${language}" is listed twice`});
		languages.add(language);
	}
}

function checkText(structure: Structure, text: DeckText, file: string, problems: Problem[]): void {
	const ids = new Set(structure.slides.map(slide => slide.id));
	structure.slides.forEach((slide, index) => {
		const slideText = own(text.slides, slide.id);
		if (!slideText) {
			problems.push({file, key: `slides.${slide.id}`, message: `missing: slides/deck.json has slide "${slide.id}" (slides.${index})`});
			return;
		}
		if (slide.kind === 'speaker' && !slideText.speaker) {
			problems.push({file, key: `slides.${slide.id}.speaker`, message: 'missing: a speaker slide names its speaker'});
		}
		for (const field of ['thesis', 'quote'] as const) {
			if (slide[`${field}Ref`] !== undefined && !slideText[field]) {
				problems.push({file, key: `slides.${slide.id}.${field}`, message: `missing: slides/deck.json gives the ${field} a reference (slides.${index}.${field}Ref)`});
			}
		}
		if (slide.refs && slide.refs.length !== (slideText.points?.length ?? 0)) {
			problems.push({
				file,
				key: `slides.${slide.id}.points`,
				message: `${slideText.points?.length ?? 0} points but slides/deck.json gives ${slide.refs.length} references`,
			});
		}
	});
	for (const id of Object.keys(text.slides)) {
		if (!ids.has(id)) problems.push({file, key: `slides.${id}`, message: 'no slide with this id in slides/deck.json'});
	}
	for (const section of structure.sections ?? []) {
		if (!own(text.sections, section.id)) problems.push({file, key: `sections.${section.id}`, message: 'missing: the heading of a declared section'});
	}
}

/** A deck that declares source sections gives every point, thesis and quote a reference. */
function checkRefsPresent(structure: Structure, text: DeckText, file: string, problems: Problem[]): void {
	if (!structure.sections) return;
	structure.slides.forEach((slide, index) => {
		const slideText = own(text.slides, slide.id);
		if (!slide.refs && (slideText?.points?.length ?? 0) > 0) {
			problems.push({file, key: `slides.${index}.refs`, message: `missing: the deck declares sections, so each point of "${slide.id}" needs a reference`});
		}
		for (const field of ['thesis', 'quote'] as const) {
			if (slideText?.[field] && slide[`${field}Ref`] === undefined) {
				problems.push({file, key: `slides.${index}.${field}Ref`, message: `missing: the deck declares sections, so the ${field} of "${slide.id}" needs a reference`});
			}
		}
	});
}

/** A language's name in that language ("fr" → "français"), or its tag when unknown. */
function languageName(language: string): string {
	try {
		return new Intl.DisplayNames([language], {type: 'language'}).of(language) ?? language;
	} catch {
		return language;
	}
}

function isDirectory(dir: string): boolean {
	try {
		return fs.statSync(dir).isDirectory();
	} catch {
		return false;
	}
}

let builtInChrome: Record<string, Chrome> | undefined;

/** The program's own chrome (locales/<lang>/ui.json at the package root), read once. */
export function packageChrome(problems: Problem[] = []): Record<string, Chrome> {
	if (builtInChrome) return builtInChrome;
	const chrome: Record<string, Chrome> = {};
	const localesDir = path.join(packageRoot, 'locales');
	for (const language of fs.readdirSync(localesDir)) {
		const file = path.join(localesDir, language, 'ui.json');
		if (!fs.existsSync(file)) continue;
		const value = parseFile(file, chromeSchema, limits.chromeLength, problems);
		if (value) chrome[language] = value;
	}
	builtInChrome = chrome;
	return chrome;
}

/** Reads and checks a deck, collecting every problem instead of stopping at the first. */
export function readDeck(dir: string): {deck?: Deck; problems: Problem[]} {
	const problems: Problem[] = [];
	if (!isDirectory(dir)) return {problems: [{file: dir, message: fs.existsSync(dir) ? 'not a folder' : 'deck folder not found'}]};
	const slidesDir = path.join(dir, 'slides');
	const localesDir = path.join(dir, 'locales');
	if (!isDirectory(slidesDir)) problems.push({file: slidesDir, message: 'missing: a deck has a slides/ folder'});
	if (!isDirectory(localesDir)) problems.push({file: localesDir, message: 'missing: a deck has a locales/ folder'});
	if (problems.length > 0) return {problems};

	const structureFile = path.join(slidesDir, 'deck.json');
	const structure = parseFile(structureFile, structureSchema, limits.nameLength, problems);
	if (!structure) return {problems};
	checkStructure(structure, structureFile, problems);

	const builtIn = packageChrome(problems);
	const text: Record<string, DeckText> = {};
	const chrome: Record<string, Chrome> = {};
	let reference: {language: string; text: DeckText} | undefined;
	for (const language of structure.languages) {
		const languageDir = path.join(localesDir, language);
		if (!isDirectory(languageDir)) {
			problems.push({file: languageDir, message: `missing: the folder for language "${language}" listed in slides/deck.json`});
			continue;
		}
		const textFile = path.join(languageDir, 'deck.json');
		const languageText = parseFile(textFile, deckTextSchema, limits.textLength, problems);
		if (languageText) {
			text[language] = languageText;
			checkText(structure, languageText, textFile, problems);
			if (reference) compareShape(reference.text, languageText, [], textFile, reference.language, problems);
			else {
				reference = {language, text: languageText};
				checkRefsPresent(structure, languageText, structureFile, problems);
			}
		}

		const chromeFile = path.join(languageDir, 'ui.json');
		const ownChrome = fs.existsSync(chromeFile) ? parseFile(chromeFile, chromeSchema, limits.chromeLength, problems) : undefined;
		if (ownChrome && builtIn['en'] && chromeFile !== path.join(packageRoot, 'locales', 'en', 'ui.json')) {
			compareShape(builtIn['en'], ownChrome, [], chromeFile, 'en', problems);
		}
		// A language bideck has no chrome for is shown in English, under its own name.
		chrome[language] = ownChrome ?? own(builtIn, language) ?? {language: {name: languageName(language)}};
	}
	chrome['en'] ??= builtIn['en']!;

	if (problems.length > 0) return {problems};
	return {deck: {dir, structure, text, chrome}, problems};
}

/** Loads a deck for showing it; throws a DeckError naming every problem. */
export function loadDeck(dir: string): Deck {
	const {deck, problems} = readDeck(dir);
	if (!deck) throw new DeckError(problems);
	return deck;
}
