import path from 'node:path';
import {boundsProblems, limits} from './bounds.js';
import {checkChrome, mergeChrome} from './check-chrome.js';
import {checkFit} from './check-fit.js';
import {Report, type FileKind} from './check-report.js';
import {knownKeys, reportSchemaIssues, valueAt} from './check-schema.js';
import {
	deckTextSchema,
	languagePattern,
	refPattern,
	slideMetaSchema,
	slideTextSchema,
	structureSchema,
	type Chrome,
	type DeckText,
	type SlideMeta,
	type SlideText,
	type Structure,
} from './deck-schema.js';
import type {DeckSource, KeyPath, SourceFile} from './deck-source.js';
import {didYouMean} from './did-you-mean.js';
import type {Deck} from './load-deck.js';
import {own} from './own.js';
import {packageChrome} from './package-chrome.js';
import {packageRoot} from './package-root.js';
import {isError, type Problem} from './problem.js';
import {sanitize, sanitizeDeep} from '../text/sanitize.js';

// One checker for every deck, whichever format it was written in (see deck-source.ts), and one
// pass: every file is checked whatever is wrong with the others, every part of a file whatever
// is wrong with its other parts, and the fit check lays out every slide that can be laid out.
// What a broken part would make the checks after it say (a slide whose text does not parse is
// not also "missing") is not said twice.

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A file's value once bounded (nothing after may meet an unbounded string or nesting) and
 * sanitised (so the checks see the text as shown: "\u001B[2J" is empty); undefined, with its
 * problems reported, when out of bounds. */
function bounded(report: Report, file: SourceFile, kind: FileKind, stringLength: number): unknown {
	const outOfBounds = boundsProblems(file.value, file.file, stringLength);
	for (const {path, message, values} of outOfBounds) {
		const keyPath = kind === 'structure' ? path.map((part, index) => (index === 1 && path[0] === 'slides' ? Number(part) : part)) : path;
		report.add(file, kind, keyPath, message, {values});
	}
	return outOfBounds.length > 0 ? undefined : sanitizeDeep(file.value);
}

/** The structure's parts that are valid, each slide at its place (undefined where it is not). */
type Salvaged = {languages: string[]; sections: NonNullable<Structure['sections']>; slides: Array<SlideMeta | undefined>};

function salvageStructure(value: unknown): Salvaged {
	const list = (key: string) => (isRecord(value) && Array.isArray(value[key]) ? (value[key] as unknown[]) : []);
	const sectionSchema = structureSchema.shape.sections;
	return {
		languages: list('languages').filter((language): language is string => typeof language === 'string' && languagePattern.test(language)),
		sections: list('sections').filter(section => sectionSchema.safeParse([section]).success) as Salvaged['sections'],
		slides: list('slides').map(slide => {
			const parsed = slideMetaSchema.safeParse(slide);
			return parsed.success ? parsed.data : undefined;
		}),
	};
}

function checkStructure(report: Report, file: SourceFile, structure: Salvaged): void {
	const first = new Map<string, number>();
	const sections = new Map<string, number>();
	structure.sections.forEach((section, index) => {
		if (sections.has(section.id)) report.add(file, 'structure', ['sections', index, 'id'], 'validate.problem.duplicateSection', {values: {section: section.id}});
		else sections.set(section.id, section.paragraphs);
	});
	structure.slides.forEach((slide, index) => {
		if (!slide) return;
		const at = (...rest: KeyPath) => ['slides', index, ...rest];
		const earlier = first.get(slide.id);
		if (earlier === undefined) first.set(slide.id, index + 1);
		else report.add(file, 'structure', at('id'), 'validate.problem.duplicateId', {values: {number: earlier}});
		if ((slide.part === undefined) !== (slide.parts === undefined)) {
			report.add(file, 'structure', at(slide.part === undefined ? 'parts' : 'part'), 'validate.problem.partAndParts');
		} else if (slide.part !== undefined && slide.part > slide.parts!) {
			report.add(file, 'structure', at('part'), 'validate.problem.partOutOfRange', {values: {part: slide.part, parts: slide.parts!}});
		}
		const checkRef = (ref: string, key: KeyPath) => {
			const [, section, from, to] = refPattern.exec(ref)!;
			const paragraphs = sections.get(section!);
			if (paragraphs === undefined) {
				report.add(file, 'structure', key, 'validate.problem.unknownSection', {values: {section: section!}, suggestion: didYouMean(section!, sections.keys())});
				return;
			}
			const last = Number(to ?? from);
			if (Number(from) < 1 || last > paragraphs || last < Number(from)) {
				report.add(file, 'structure', key, 'validate.problem.paragraphOutOfRange', {values: {paragraphs: ref.split('#')[1]!, section: section!, count: paragraphs}});
			}
		};
		if (slide.thesisRef !== undefined) checkRef(slide.thesisRef, at('thesisRef'));
		slide.refs?.forEach((ref, r) => checkRef(ref, at('refs', r)));
		if (slide.quoteRef !== undefined) checkRef(slide.quoteRef, at('quoteRef'));
	});
	const languages = new Set<string>();
	structure.languages.forEach((language, index) => {
		if (languages.has(language)) report.add(file, 'structure', ['languages', index], 'validate.problem.languageTwice', {values: {language}});
		languages.add(language);
	});
}

/** A language's text: the valid parts (a slide whose text does not parse is left out). */
function salvageText(value: unknown): DeckText {
	const record = isRecord(value) ? value : {};
	const slides: Record<string, SlideText> = {};
	if (isRecord(record['slides'])) {
		for (const [id, slide] of Object.entries(record['slides'])) {
			const parsed = slideTextSchema.safeParse(slide);
			if (parsed.success) Object.defineProperty(slides, id, {value: parsed.data, enumerable: true, writable: true, configurable: true});
		}
	}
	const sections = isRecord(record['sections'])
		? Object.fromEntries(Object.entries(record['sections']).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''))
		: undefined;
	return {title: typeof record['title'] === 'string' ? record['title'] : '', sections, slides};
}

/** A language's text against the structure: a text per slide, what each kind and reference
 * needs, no text for a slide or section that does not exist. `raw` is the whole (sanitised)
 * value, `text` its valid parts. */
function checkText(report: Report, file: SourceFile, structure: Salvaged | undefined, raw: unknown, text: DeckText): void {
	if (!structure) return;
	const rawSlides = valueAt(raw, ['slides']);
	structure.slides.forEach(slide => {
		if (!slide) return;
		if (isRecord(rawSlides) && !Object.hasOwn(rawSlides, slide.id)) {
			report.add(file, 'text', ['slides', slide.id], 'validate.problem.missingSlideText');
			return;
		}
		const slideText = own(text.slides, slide.id);
		if (!slideText) return; // reported by the schema
		if (slide.kind === 'speaker' && !slideText.speaker) report.add(file, 'text', ['slides', slide.id], 'validate.problem.missingSpeaker');
		for (const field of ['thesis', 'quote'] as const) {
			if (slide[`${field}Ref`] !== undefined && !slideText[field]) report.add(file, 'text', ['slides', slide.id], `validate.problem.missingReferenced.${field}`);
		}
		if (slide.refs && slide.refs.length !== (slideText.points?.length ?? 0)) {
			report.add(file, 'text', ['slides', slide.id, 'points'], 'validate.problem.pointsAndRefs', {values: {count: slideText.points?.length ?? 0, refs: slide.refs.length}});
		}
	});
	// With no slide at all, that is the problem, not each text's id.
	if (isRecord(rawSlides) && report.numbers.size > 0) {
		for (const id of Object.keys(rawSlides)) {
			if (!report.numbers.has(id)) report.add(file, 'text', ['slides', id], 'validate.problem.unknownSlide', {suggestion: didYouMean(id, report.numbers.keys())});
		}
	}
	const rawSections = valueAt(raw, ['sections']);
	const declared = new Set(structure.sections.map(section => section.id));
	for (const section of declared) {
		if (!isRecord(rawSections) || !Object.hasOwn(rawSections, section)) report.add(file, 'text', ['sections'], 'validate.problem.missingSectionHeading', {values: {section}});
	}
	// A heading for a section the structure does not declare is a misspelt id, when it declares
	// any (a deck that dropped its sections may keep their headings).
	if (isRecord(rawSections) && declared.size > 0) {
		for (const section of Object.keys(rawSections)) {
			if (!declared.has(section)) report.add(file, 'text', ['sections', section], 'validate.problem.unknownSectionHeading', {suggestion: didYouMean(section, declared)});
		}
	}
}

/** A deck that declares source sections gives every point, thesis and quote a reference. */
function checkRefsPresent(report: Report, file: SourceFile, structure: Salvaged, text: DeckText): void {
	if (!Array.isArray(valueAt(file.value, ['sections']))) return;
	structure.slides.forEach((slide, index) => {
		const slideText = slide && own(text.slides, slide.id);
		if (!slide || !slideText) return;
		if (!slide.refs && (slideText.points?.length ?? 0) > 0) report.add(file, 'structure', ['slides', index], 'validate.problem.refsNeeded.points');
		for (const field of ['thesis', 'quote'] as const) {
			if (slideText[field] && slide[`${field}Ref`] === undefined) report.add(file, 'structure', ['slides', index], `validate.problem.refsNeeded.${field}`);
		}
	});
}

/** Where one language's text of a slide differs in keys or list lengths from another's. */
function compareShape(report: Report, file: SourceFile, reference: unknown, other: unknown, at: KeyPath, language: string): void {
	if (Array.isArray(reference) && Array.isArray(other)) {
		if (reference.length !== other.length) {
			report.add(file, 'text', at, 'validate.problem.lengthDiffers', {values: {count: other.length, language, referenceCount: reference.length}});
		}
		for (let i = 0; i < Math.min(reference.length, other.length); i++) compareShape(report, file, reference[i], other[i], [...at, i], language);
		return;
	}
	if (isRecord(reference) && isRecord(other)) {
		// A key the schema does not know was reported as unknown already.
		const known = knownKeys('text', at);
		for (const key of Object.keys(reference)) {
			if (!Object.hasOwn(other, key)) {
				if (known.includes(key)) report.add(file, 'text', [...at, key], 'validate.problem.missingVsReference', {values: {language}});
			} else compareShape(report, file, reference[key], other[key], [...at, key], language);
		}
		for (const key of Object.keys(other)) {
			if (!Object.hasOwn(reference, key) && known.includes(key)) report.add(file, 'text', [...at, key], 'validate.problem.notInReference', {values: {language}});
		}
	}
	// A value of another kind breaks the schema in one of the two files, which says so.
}

/** A language's name in that language ("fr" → "français"), or its tag when unknown. */
export function languageName(language: string): string {
	try {
		return new Intl.DisplayNames([language], {type: 'language'}).of(language) ?? language;
	} catch {
		return language;
	}
}

const programLocales = path.join(packageRoot, 'locales') + path.sep;

export type CheckOptions = {
	/** Lay every slide out to see that it fits (validate); loading for the presenter skips it. */
	fit?: boolean;
};

/** Checks a deck read from disk; the deck, when there is no problem, and every problem. */
export function checkSource(source: DeckSource, options: CheckOptions = {}): {deck?: Deck; problems: Problem[]} {
	const report = new Report();
	report.problems.push(...source.problems);
	const builtIn = packageChrome(report.problems);

	// The structure.
	let salvaged: Salvaged | undefined;
	let structure: Structure | undefined;
	if (source.structure) {
		// Slides are named by their ids even in a structure out of bounds (an id out of bounds is
		// left out: slide 8 without its name).
		const slides = valueAt(source.structure.value, ['slides']);
		const idOf = (slide: unknown) => (isRecord(slide) && typeof slide['id'] === 'string' && slide['id'].length <= limits.nameLength ? sanitize(slide['id']) : undefined);
		report.setSlides(Array.isArray(slides) ? slides.map(idOf) : []);
		const sections = valueAt(source.structure.value, ['sections']);
		report.setSections(Array.isArray(sections) ? sections.map(idOf) : []);
		const value = bounded(report, source.structure, 'structure', limits.nameLength);
		if (value !== undefined) {
			const parsed = structureSchema.safeParse(value);
			if (parsed.success) structure = parsed.data;
			else reportSchemaIssues(report, source.structure, 'structure', value, parsed.error);
			salvaged = parsed.success ? {...parsed.data, sections: parsed.data.sections ?? []} : salvageStructure(value);
			checkStructure(report, source.structure, salvaged);
		}
	}

	// Each language's text and chrome; the languages the structure lists, else every one read.
	const languages = [...new Set(salvaged?.languages ?? Object.keys(source.languages))];
	const text: Record<string, DeckText> = {};
	const texts: Record<string, SourceFile> = {};
	const chrome: Record<string, Chrome> = {};
	let reference: {language: string; value: unknown} | undefined;
	languages.forEach(language => {
		const files = own(source.languages, language);
		if (!files && source.structure) {
			const index = (valueAt(source.structure.value, ['languages']) as unknown[]).indexOf(language);
			report.add(source.structure, 'structure', ['languages', index], 'validate.problem.noLanguageText', {values: {language}});
		}
		if (files?.text) {
			const value = bounded(report, files.text, 'text', limits.textLength);
			if (value !== undefined) {
				const parsed = deckTextSchema.safeParse(value);
				if (!parsed.success) reportSchemaIssues(report, files.text, 'text', value, parsed.error);
				text[language] = parsed.success ? parsed.data : salvageText(value);
				texts[language] = files.text;
				checkText(report, files.text, salvaged, value, text[language]);
				if (!reference) {
					reference = {language, value};
					if (salvaged && source.structure) checkRefsPresent(report, source.structure, salvaged, text[language]);
				} else {
					// Slide by slide: a slide missing in one language is reported once, above.
					const referenceSlides = valueAt(reference.value, ['slides']);
					const slides = valueAt(value, ['slides']);
					if (isRecord(referenceSlides) && isRecord(slides)) {
						for (const id of Object.keys(slides)) {
							if (Object.hasOwn(referenceSlides, id)) compareShape(report, files.text, referenceSlides[id], slides[id], ['slides', id], reference.language);
						}
					}
				}
			}
		}
		let ownChrome: Chrome | undefined;
		if (files?.chrome && !path.resolve(files.chrome.file).startsWith(programLocales)) {
			const value = bounded(report, files.chrome, 'chrome', limits.chromeLength);
			// Checked against the program's English labels, which give its shape.
			if (value !== undefined) ownChrome = checkChrome(report, files.chrome, value, builtIn['en'] ?? {});
		}
		// Per key: the deck's own label, else the program's in that language, else (i18next's
		// fallback) English; a language bideck has no chrome for is named in its own words.
		const base = own(builtIn, language) ?? {language: {name: languageName(language)}};
		chrome[language] = ownChrome ? mergeChrome(base, ownChrome) : base;
	});
	chrome['en'] ??= builtIn['en']!;

	const complete = structure !== undefined && languages.every(language => own(text, language) !== undefined);
	const deck: Deck | undefined = complete && !report.problems.some(isError) ? {dir: source.dir, structure: structure!, text, chrome} : undefined;

	if (options.fit !== false && salvaged) {
		// What can be laid out: the valid slides (each id once) in the languages whose text was read.
		const seen = new Set<string>();
		const slides = salvaged.slides.filter((slide): slide is SlideMeta => slide !== undefined && !seen.has(slide.id) && Boolean(seen.add(slide.id)));
		const readable = languages.filter(language => own(text, language) !== undefined);
		checkFit(report, deck ?? {dir: source.dir, structure: {languages: readable, sections: salvaged.sections, slides}, text, chrome}, texts);
	}
	return {deck, problems: report.problems};
}
