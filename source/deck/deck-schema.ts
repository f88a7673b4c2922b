import * as z from 'zod/mini';
import {limits} from './bounds.js';

// The shapes of a deck's files. slides/deck.json holds structure only; every word shown lives
// in locales/<lang>/deck.json (the deck) and locales/<lang>/ui.json (the program's chrome).
// zod/mini keeps the validator out of the start-up cost (~25 KB against ~440 KB for full zod).

// String lengths and nesting are bounded before a file reaches these schemas (see bounds.ts);
// the counts of things are bounded here. Messages are chrome keys (validate.problem.*),
// translated when shown; check-schema.ts maps zod's own issues to keys too, so no library
// wording reaches an author (and zod's English locale is not loaded).
const most = (count: number) => z.maxLength(count, 'validate.problem.tooMany');

const text = z.string().check(z.minLength(1, 'validate.problem.emptyText'));
/** Slide and section ids. */
export const idPattern = /^[a-z0-9][a-z0-9-]*$/;
/** A language tag, as a deck's languages are listed (and named as folders). */
export const languagePattern = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const id = z.string().check(z.regex(idPattern, 'validate.problem.badId'));

export const slideKinds = ['title', 'overview', 'section', 'speaker', 'synthesis', 'glossary', 'appendix'] as const;

/** "section#3" or "section#3-5": a paragraph (range) within one of the deck's sections. */
export const refPattern = /^([a-z0-9][a-z0-9-]*)#(\d+)(?:-(\d+))?$/;

const ref = z.string().check(z.regex(refPattern, 'validate.problem.badRef'));

export const slideMetaSchema = z.strictObject({
	id,
	kind: z.enum(slideKinds),
	part: z.optional(z.int().check(z.positive())),
	parts: z.optional(z.int().check(z.gte(2))),
	/** One reference per point, in order. */
	refs: z.optional(z.array(ref).check(most(limits.items))),
	/** Where the slide's thesis and its quote come from. */
	thesisRef: z.optional(ref),
	quoteRef: z.optional(ref),
});

export const structureSchema = z.strictObject({
	languages: z.array(z.string().check(z.regex(languagePattern, 'validate.problem.badLanguageTag'))).check(z.minLength(1, 'validate.problem.noLanguages'), most(limits.languages)),
	sections: z.optional(z.array(z.strictObject({id, paragraphs: z.int().check(z.positive())})).check(most(limits.sections))),
	slides: z.array(slideMetaSchema).check(z.minLength(1, 'validate.problem.noSlides'), most(limits.slides)),
});

export const slideTextSchema = z.strictObject({
	title: text,
	subtitle: z.optional(text),
	speaker: z.optional(text),
	role: z.optional(text),
	thesis: z.optional(text),
	points: z.optional(z.array(text).check(most(limits.items))),
	entries: z.optional(z.array(z.strictObject({term: text, text})).check(most(limits.items))),
	quote: z.optional(text),
	notes: z.optional(text),
});

export const deckTextSchema = z.strictObject({
	title: text,
	sections: z.optional(z.record(z.string(), text)),
	slides: z.record(z.string(), slideTextSchema),
});

// Chrome is a tree of strings; its keys are checked against the built-in English chrome.
type Tree = {[key: string]: string | Tree};
export const chromeSchema: z.ZodMiniType<Tree> = z.lazy(() => z.record(z.string(), z.union([text, chromeSchema])));

export type SlideKind = (typeof slideKinds)[number];
export type SlideMeta = z.infer<typeof slideMetaSchema>;
export type Structure = z.infer<typeof structureSchema>;
export type SlideText = z.infer<typeof slideTextSchema>;
export type DeckText = z.infer<typeof deckTextSchema>;
export type Chrome = Tree;
