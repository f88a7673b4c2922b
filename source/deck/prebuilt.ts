import fs from 'node:fs';
import path from 'node:path';
import type {Chrome} from './deck-schema.js';
import type {Deck} from './load-deck.js';
import {packageRoot} from './package-root.js';
import {readRegularFile} from '../io/files.js';
import {maxFileBytes} from './read-json.js';

// The built-in deck, read and checked at build time (scripts/build.mjs): what loadDeck returns
// for the package's own slides/ and locales/, and the program's chrome. At start-up it stands in
// for loadDeck while every file it was built from still has the same text, so the presenter's
// first frame needs neither zod nor the deck checks (this module imports neither). The texts
// themselves are compared, not their times or a hash: the times change when the package is
// installed, reading the files costs ~0.8 ms and is needed anyway, and hashing them costs more
// (sha256 needs node:crypto's ESM facade, ~8 ms; crc32 node:zlib, ~3 ms; a hash in JS ~3 ms).

/** Where scripts/build.mjs writes the prebuilt deck. */
export const prebuiltFile = path.join(packageRoot, 'dist', 'built-in-deck.json');

export type Prebuilt = {
	/** The text of each file the deck and chrome were read from (see builtInSources). */
	sources: Record<string, string | null>;
	deck: Omit<Deck, 'dir'>;
	/** packageChrome(): every locales/<lang>/ui.json of the package. */
	chrome: Record<string, Chrome>;
};

/** The text of a file, or null when it is missing, not a regular file or too big. Bytes that
 * are not UTF-8 read as U+FFFD (a strict decoder takes 2–5 ms for the prebuilt file alone). */
export function textOf(file: string): string | null {
	const read = readRegularFile(file, maxFileBytes);
	return read.ok ? read.bytes.toString('utf8') : null;
}

/** What loadDeck and packageChrome read for the package's own deck, by path from `root`:
 * slides/deck.json and locales/<each folder>/{deck,ui}.json (null for one that is not there). */
export function builtInSources(root = packageRoot): Record<string, string | null> {
	let languages: string[];
	try {
		languages = fs.readdirSync(path.join(root, 'locales')).sort();
	} catch {
		languages = [];
	}
	const files = ['slides/deck.json', ...languages.flatMap(language => [`locales/${language}/deck.json`, `locales/${language}/ui.json`])];
	return Object.fromEntries(files.map(file => [file, textOf(path.join(root, file))]));
}

/** Whether the texts `now` are those a deck was `built` from, file for file. */
export function sameSources(built: Record<string, string | null>, now: Record<string, string | null>): boolean {
	const files = Object.keys(built);
	// A text with U+FFFD may have been read from bytes that are not UTF-8, which the deck checks
	// refuse: it never counts as unchanged.
	const same = (file: string) => Object.hasOwn(now, file) && now[file] === built[file] && !now[file]?.includes('\uFFFD');
	return files.length === Object.keys(now).length && files.every(same);
}

/** The prebuilt deck and chrome, when there is one and no source file has changed since it was
 * built; otherwise undefined, and the deck is read and checked like any other. */
export function readPrebuilt(file = prebuiltFile, root = packageRoot): Prebuilt | undefined {
	const text = textOf(file);
	if (text === null) return undefined;
	try {
		const prebuilt = JSON.parse(text) as Prebuilt;
		return sameSources(prebuilt.sources, builtInSources(root)) ? prebuilt : undefined;
	} catch {
		return undefined;
	}
}
