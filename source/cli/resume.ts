import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {readRegularFile, writeFileAtomic} from '../io/files.js';

// Where each deck was left: the slide (by id, so edits to the deck do not shift it) and the
// language, kept in the user's config folder. Several bideck processes may save at once (two
// decks in two terminals): each save takes a lock, reads the file, changes its own deck's entry
// and replaces the file atomically, so no process loses another's place. A file that cannot be
// understood is kept aside (state.json.corrupt-<time>), never silently overwritten; the file
// never grows past the decks most recently used.

export type Place = {slide: string; language: string};
type Entry = Place & {/** When it was saved (ms since the epoch): the oldest go first. */ at: number};

/** More than this is not a state file bideck wrote: it is kept aside, not read. */
const maxStateBytes = 256 * 1024;
/** Decks remembered; the least recently used are forgotten. */
export const maxDecks = 100;
/** Longer names are not ids or languages of any deck. */
const maxField = 1000;
/** How long a save waits for another process's lock, and when a lock counts as abandoned. */
const lockWaitMs = 2000;
const staleLockMs = 10_000;

export function placesFile(env: NodeJS.ProcessEnv = process.env): string {
	const base = env['XDG_CONFIG_HOME'] || path.join(os.homedir(), '.config');
	return path.join(base, 'bideck', 'state.json');
}

const isEntry = (value: unknown): value is Entry => {
	if (typeof value !== 'object' || value === null) return false;
	const {slide, language, at} = value as Partial<Entry>;
	return typeof slide === 'string' && typeof language === 'string' && slide.length <= maxField && language.length <= maxField && (at === undefined || typeof at === 'number');
};

type Read = {entries: Map<string, Entry>; problem?: string; corrupt?: boolean};

function readEntries(file: string): Read {
	const read = readRegularFile(file, maxStateBytes);
	if (!read.ok) return read.code === 'ENOENT' ? {entries: new Map()} : {entries: new Map(), problem: read.message, corrupt: read.code === 'ETOOBIG' || read.code === 'ENOTREG'};
	let data: unknown;
	try {
		data = JSON.parse(read.bytes.toString('utf8'));
	} catch {
		return {entries: new Map(), problem: 'not valid JSON', corrupt: true};
	}
	const decks = (data as {decks?: unknown} | null)?.decks;
	if (typeof decks !== 'object' || decks === null || Array.isArray(decks)) return {entries: new Map(), problem: 'unexpected content', corrupt: true};
	const entries = new Map<string, Entry>();
	for (const [deck, entry] of Object.entries(decks)) if (isEntry(entry)) entries.set(deck, {slide: entry.slide, language: entry.language, at: entry.at ?? 0});
	return {entries};
}

/** The remembered places, by deck folder; a missing file is empty, an unreadable one is empty
 * with the reason. */
export function readPlaces(file: string): {places: Map<string, Place>; problem?: string} {
	const {entries, problem} = readEntries(file);
	const places = new Map([...entries].map(([deck, {slide, language}]) => [deck, {slide, language}]));
	return problem === undefined ? {places} : {places, problem};
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs `work` holding `file`.lock (created exclusively); waits for another holder, and breaks a
 * lock left by a process that died. */
function withLock<T>(file: string, work: () => T): T {
	const lock = `${file}.lock`;
	const started = Date.now();
	for (;;) {
		try {
			fs.closeSync(fs.openSync(lock, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600));
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const age = Date.now() - (fs.statSync(lock, {throwIfNoEntry: false})?.mtimeMs ?? Date.now());
			if (age > staleLockMs) fs.rmSync(lock, {force: true});
			else if (Date.now() - started > lockWaitMs) throw Object.assign(new Error('the state file is locked by another bideck'), {code: 'ELOCKED'});
			else sleep(5 + Math.random() * 10);
		}
	}
	try {
		return work();
	} finally {
		fs.rmSync(lock, {force: true});
	}
}

/** Remembers `place` for `deck`; returns the problem when the file cannot be written. */
export function savePlace(file: string, deck: string, place: Place): string | undefined {
	try {
		fs.mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
		withLock(file, () => {
			const {entries, corrupt} = readEntries(file);
			if (corrupt) fs.renameSync(file, `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`);
			entries.delete(deck);
			entries.set(deck, {slide: place.slide, language: place.language, at: Date.now()});
			const kept = [...entries].sort(([, a], [, b]) => b.at - a.at).slice(0, maxDecks);
			writeFileAtomic(file, `${JSON.stringify({decks: Object.fromEntries(kept)}, null, 2)}\n`);
		});
		return undefined;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
	}
}
