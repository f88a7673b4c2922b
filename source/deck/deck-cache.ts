import fs from 'node:fs';
import path from 'node:path';
import type {Deck} from './load-deck.js';
import {readRegularFile, writeFileAtomic} from '../io/files.js';
import {cacheHome, makeDir} from '../io/cache-folder.js';
import {sameSources, textOf} from './prebuilt.js';

// A deck other than the built-in one, as loadAnyDeck last returned it, kept in the user's cache
// folder with the text of every file it could have been read from: a start that finds the same
// texts skips reading and checking the deck (zod and the checks are not even loaded), as the
// prebuilt deck does for the built-in one. A file edited, added or removed, or another build of
// bideck, and the deck is read and checked as always (then kept again). A presenter opens the
// same deck again and again; a 1,000-slide deck's checks are ~100 ms of its start.

declare const BIDECK_BUILD: string | undefined; // defined by scripts/build.mjs

/** This build's id: a cached deck is only taken by the build that checked it. Undefined when run
 * unbundled (the tests, from source): nothing is cached. */
const build = typeof BIDECK_BUILD === 'string' ? BIDECK_BUILD : undefined;
/** Decks kept at most; the least recently written go first. */
const maxDecks = 16;

type Cached = {build: string; dir: string; sources: Record<string, string | null>; deck: Omit<Deck, 'dir'>};

const cacheFolder = () => path.join(cacheHome(), 'bideck', 'decks');

/** FNV-1a of the folder's path, as a file name (node:crypto would cost ~8 ms to load). */
function fileFor(dir: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < dir.length; i++) hash = Math.imul(hash ^ dir.charCodeAt(i), 0x01000193) >>> 0;
	return path.join(cacheFolder(), `${hash.toString(16).padStart(8, '0')}.json`);
}

/** The text of every file a deck in `dir` is read from, in either format (a superset: both
 * formats' files, and every language folder), null for one that is not there. */
export function deckSources(dir: string): Record<string, string | null> {
	const list = (folder: string) => {
		try {
			return fs.readdirSync(path.join(dir, folder)).sort();
		} catch {
			return [];
		}
	};
	const files = [
		'slides/deck.json',
		...list('locales').flatMap(language => [`locales/${language}/deck.json`, `locales/${language}/ui.json`]),
		...list('.').filter(name => /^deck\..+\.md$/.test(name)),
	];
	return Object.fromEntries(files.map(file => [file, textOf(path.join(dir, file))]));
}

/** The deck kept for `dir`, when this build kept it and no file has changed since. */
export function readCachedDeck(dir: string): {deck?: Deck; sources?: Record<string, string | null>} {
	if (!build) return {};
	const sources = deckSources(dir);
	const read = readRegularFile(fileFor(dir), 64 * 1024 * 1024);
	if (!read.ok) return {sources};
	try {
		const cached = JSON.parse(read.bytes.toString('utf8')) as Cached;
		if (cached.build !== build || cached.dir !== dir || !sameSources(cached.sources, sources)) return {sources};
		return {deck: {dir, ...cached.deck}, sources};
	} catch {
		return {sources};
	}
}

/** Keeps a deck that loaded for the next start, with the texts it was read from (deckSources,
 * taken before it was read: a file changed meanwhile is then read again next time). A cache that
 * cannot be written only costs the time it would have saved. */
export function writeCachedDeck(deck: Deck, sources: Record<string, string | null>): void {
	if (!build) return;
	try {
		const {dir, ...rest} = deck;
		const folder = cacheFolder();
		if (!makeDir(folder, 0o700)) return;
		writeFileAtomic(fileFor(dir), JSON.stringify({build, dir, sources, deck: rest} satisfies Cached));
		const kept = fs
			.readdirSync(folder)
			.filter(name => name.endsWith('.json'))
			.map(name => ({file: path.join(folder, name), time: fs.statSync(path.join(folder, name)).mtimeMs}))
			.sort((a, b) => b.time - a.time);
		for (const {file} of kept.slice(maxDecks)) fs.rmSync(file, {force: true});
	} catch {
		// Read-only or full: nothing kept.
	}
}
