import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Where each deck was left: the slide (by id, so edits to the deck do not shift it) and the
// language, kept in the user's config folder and written atomically (temp file + rename).

export type Place = {slide: string; language: string};
type Places = Record<string, Place>;

export function placesFile(env: NodeJS.ProcessEnv = process.env): string {
	const base = env['XDG_CONFIG_HOME'] || path.join(os.homedir(), '.config');
	return path.join(base, 'bideck', 'state.json');
}

const isPlace = (value: unknown): value is Place =>
	typeof value === 'object' && value !== null && typeof (value as Place).slide === 'string' && typeof (value as Place).language === 'string';

/** The remembered places; a missing file is empty, a corrupt one is empty with a warning. */
export function readPlaces(file: string): {places: Places; problem?: string} {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {places: {}};
		return {places: {}, problem: (error as NodeJS.ErrnoException).code ?? (error as Error).message};
	}
	try {
		const data = JSON.parse(text) as {decks?: unknown};
		if (typeof data.decks !== 'object' || data.decks === null) return {places: {}, problem: 'unexpected content'};
		return {places: Object.fromEntries(Object.entries(data.decks).filter(([, place]) => isPlace(place))) as Places};
	} catch {
		return {places: {}, problem: 'not valid JSON'};
	}
}

/** Remembers `place` for `deck`; returns the problem when the file cannot be written. */
export function savePlace(file: string, deck: string, place: Place): string | undefined {
	const {places} = readPlaces(file);
	places[deck] = place;
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		fs.mkdirSync(path.dirname(file), {recursive: true});
		fs.writeFileSync(temporary, `${JSON.stringify({decks: places}, null, 2)}\n`);
		fs.renameSync(temporary, file);
		return undefined;
	} catch (error) {
		try {
			fs.rmSync(temporary, {force: true});
		} catch {
			// Nothing was written there.
		}
		return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
	}
}
