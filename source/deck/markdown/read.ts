import fs from 'node:fs';
import path from 'node:path';
import type {DeckSource, SourceFile} from '../deck-source.js';
import type {Problem} from '../problem.js';
import {maxFileBytes, readProblem} from '../read-json.js';
import {readRegularFile} from '../../io/files.js';
import {markdownDeckFiles, metaKeys, slideKey} from './format.js';
import {parseMarkdownFile, type ParsedFile} from './parse-file.js';

// A Markdown deck: a folder of deck.<lang>.md files, read into the same DeckSource as a JSON
// deck. The structure (languages, sections, slides' ids, kinds, parts and references) is written
// in every file; the file of the deck's first language is the reference, and any other file
// that differs from it is a problem, located in that file.

const utf8 = new TextDecoder('utf-8', {fatal: true});

function readFile(file: string, language: string, problems: Problem[]): ParsedFile | undefined {
	const read = readRegularFile(file, maxFileBytes);
	if (!read.ok) {
		problems.push(readProblem(file, read));
		return undefined;
	}
	let source: string;
	try {
		source = utf8.decode(read.bytes);
	} catch {
		problems.push({file, message: 'validate.problem.notUtf8'});
		return undefined;
	}
	if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
	return parseMarkdownFile(file, language, source);
}

const same = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);

/** Where `other`'s structure differs from `reference`'s: one problem per differing value. */
function compareStructures(reference: ParsedFile, other: ParsedFile, problems: Problem[]): void {
	const file = path.basename(reference.file);
	const differs = (where: ReadonlyArray<string | number>, more: Partial<Problem>, ours: unknown, theirs: unknown) => {
		const message = ours === undefined ? 'onlyThere' : theirs === undefined ? 'onlyHere' : 'differs';
		const values = {file, ours: JSON.stringify(ours) ?? '', theirs: JSON.stringify(theirs) ?? ''};
		problems.push({file: other.file, ...other.structurePositions.locate(where), ...more, message: `validate.problem.markdown.${message}`, values});
	};
	const ours = other.structure;
	const theirs = reference.structure;
	if (!same(ours.languages, theirs.languages)) differs(['languages'], {key: 'languages'}, ours.languages, theirs.languages);
	if (!same(ours.sections, theirs.sections)) differs(['sections'], {key: 'sections'}, ours.sections, theirs.sections);
	const count = Math.min(ours.slides.length, theirs.slides.length);
	for (let index = 0; index < count; index++) {
		const mine = ours.slides[index] as Record<string, unknown>;
		const reference = theirs.slides[index] as Record<string, unknown>;
		const slide = {number: index + 1, id: String(mine['id'])};
		for (const key of ['id', ...metaKeys]) {
			if (!same(mine[key], reference[key])) differs(['slides', index, key], {slide, key: key === 'id' ? slideKey : key}, mine[key], reference[key]);
		}
	}
	if (ours.slides.length !== theirs.slides.length) {
		const where = ours.slides.length > count ? ['slides', count] : ['slides'];
		problems.push({file: other.file, ...other.structurePositions.locate(where), message: 'validate.problem.markdown.slideCount', values: {count: ours.slides.length, reference: theirs.slides.length, file}});
	}
}

const sourceFile = (file: string, value: unknown, positions: ParsedFile['textPositions']): SourceFile => ({file, value, locate: keyPath => positions.locate(keyPath)});

/** Reads a Markdown deck folder into a DeckSource (unchecked values, each located). */
export function readMarkdownSource(dir: string): DeckSource {
	const problems: Problem[] = [];
	const found = markdownDeckFiles(dir);
	if (found.length === 0) {
		problems.push({file: dir, message: 'validate.problem.markdown.noFiles'});
		return {dir, format: 'markdown', languages: {}, problems};
	}
	const files = found.flatMap(({language, file}) => readFile(file, language, problems) ?? []);
	for (const file of files) problems.push(...file.problems);

	const declaring = files.find(file => Array.isArray(file.structure.languages) && file.structure.languages.every(language => typeof language === 'string'));
	const declared = declaring ? (declaring.structure.languages as string[]) : files.map(file => file.language);
	const reference = files.find(file => file.language === declared[0]) ?? files[0];
	const languages: DeckSource['languages'] = {};
	if (!reference) return {dir, format: 'markdown', languages, problems};

	// A listed language without its file is the checker's "no text for language" problem.
	for (const language of declared) {
		const file = files.find(candidate => candidate.language === language);
		if (!file) continue;
		languages[language] = {
			text: sourceFile(file.file, file.text, file.textPositions),
			...(file.chrome === undefined ? {} : {chrome: sourceFile(file.file, file.chrome, file.chromePositions)}),
		};
	}
	for (const file of files) {
		if (!declared.includes(file.language)) {
			problems.push({file: file.file, line: 1, column: 1, message: 'validate.problem.markdown.undeclaredLanguage', values: {language: file.language, languages: declared.join(', ')}});
		} else if (file !== reference) compareStructures(reference, file, problems);
	}
	return {dir, format: 'markdown', structure: sourceFile(reference.file, reference.structure, reference.structurePositions), languages, problems};
}
