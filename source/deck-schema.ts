import {z} from 'zod';

// The shapes of a deck's files. slides/deck.json holds structure only; every word shown lives
// in locales/<lang>/deck.json (the deck) and locales/<lang>/ui.json (the program's chrome).

const text = z.string().min(1, 'empty string');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and hyphens');

export const slideKinds = ['title', 'overview', 'section', 'speaker', 'synthesis', 'glossary', 'appendix'] as const;

/** "section#3" or "section#3-5": a paragraph (range) within one of the deck's sections. */
export const refPattern = /^([a-z0-9][a-z0-9-]*)#(\d+)(?:-(\d+))?$/;

export const slideMetaSchema = z.strictObject({
	id,
	kind: z.enum(slideKinds),
	part: z.number().int().positive().optional(),
	parts: z.number().int().min(2).optional(),
	refs: z.array(z.string().regex(refPattern, 'a reference looks like "section-id#3" or "section-id#3-4"')).optional(),
});

export const structureSchema = z.strictObject({
	languages: z.array(z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a language tag')).min(1, 'a deck needs at least one language'),
	sections: z.array(z.strictObject({id, paragraphs: z.number().int().positive()})).optional(),
	slides: z.array(slideMetaSchema).min(1, 'the deck has no slides'),
});

export const slideTextSchema = z.strictObject({
	title: text,
	subtitle: text.optional(),
	speaker: text.optional(),
	role: text.optional(),
	thesis: text.optional(),
	points: z.array(text).optional(),
	entries: z.array(z.strictObject({term: text, text})).optional(),
	quote: text.optional(),
	notes: text.optional(),
});

export const deckTextSchema = z.strictObject({
	title: text,
	sections: z.record(z.string(), text).optional(),
	slides: z.record(z.string(), slideTextSchema),
});

// Chrome is a tree of strings; its keys are checked against the built-in English chrome.
type Tree = {[key: string]: string | Tree};
export const chromeSchema: z.ZodType<Tree> = z.lazy(() => z.record(z.string(), z.union([text, chromeSchema])));

export type SlideKind = (typeof slideKinds)[number];
export type SlideMeta = z.infer<typeof slideMetaSchema>;
export type Structure = z.infer<typeof structureSchema>;
export type SlideText = z.infer<typeof slideTextSchema>;
export type DeckText = z.infer<typeof deckTextSchema>;
export type Chrome = Tree;
