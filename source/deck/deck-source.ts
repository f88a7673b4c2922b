import type {Problem} from './problem.js';

// A deck as read from disk, before any check: the same raw shapes (those of slides/deck.json,
// locales/<lang>/deck.json and ui.json) whichever format it was written in, JSON or Markdown,
// each value with a way back to the line and column it came from. Every check runs on this, so
// both formats get the same checks and every problem can name file:line:column.

/** 1-based line and column in a file. */
export type Position = {line: number; column: number};

/** A path into a parsed value: object keys and array indices. */
export type KeyPath = ReadonlyArray<string | number>;

/** One file's parsed content, untrusted and unchecked. */
export type SourceFile = {
	file: string;
	value: unknown;
	/** Where the value at `path` is written (the nearest enclosing value when that one is not). */
	locate(path: KeyPath): Position | undefined;
};

export type DeckSource = {
	dir: string;
	format: 'json' | 'markdown';
	/** The deck's structure, in slides/deck.json's shape (structureSchema). */
	structure?: SourceFile;
	/** Per language of the structure: its text (deckTextSchema's shape) and its chrome (ui.json's
	 * shape, only the keys the deck changes). */
	languages: Record<string, {text?: SourceFile; chrome?: SourceFile}>;
	/** Problems found while reading: unreadable files, Markdown, YAML or JSON syntax, a structure
	 * that differs between a Markdown deck's language files. */
	problems: Problem[];
};
