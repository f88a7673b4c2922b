import fs from 'node:fs';
import path from 'node:path';
import type {TFunction} from '../deck/i18n.js';
import {deckFileName} from '../deck/markdown/format.js';
import {writeMarkdownFile, type DeckValues} from '../deck/markdown/write.js';
import {jsonDeckFiles} from '../deck/write-json.js';
import {echo, fail, writeProblem} from '../io/output.js';

// Writing a whole deck into a new folder, for convert and new: the folder must not exist or be
// empty (a deck is never written over another's files), and every file is created exclusively.

export const deckFormats = ['markdown', 'json'] as const;
export type DeckFormat = (typeof deckFormats)[number];

/** The deck's files in `format`, by path relative to its folder. */
export function deckFiles(values: DeckValues, format: DeckFormat): Map<string, string> {
	if (format === 'json') return jsonDeckFiles(values);
	return new Map(values.structure.languages.map(language => [deckFileName(language), writeMarkdownFile(values, language)]));
}

/** Writes `files` into `dir`; 0, or 1 with one line on stderr. */
export function writeDeckFolder(dir: string, files: Map<string, string>, t: TFunction): number {
	let entries: string[] | undefined;
	try {
		entries = fs.readdirSync(dir);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOTDIR') return fail(t('deckFiles.notEmpty', {dir: echo(dir)}), 1);
		if (code !== 'ENOENT') return fail(t('cli.cannotWrite', {file: echo(dir), problem: writeProblem(code ?? 'EIO', t)}), 1);
	}
	if (entries && entries.length > 0) return fail(t('deckFiles.notEmpty', {dir: echo(dir)}), 1);
	let current = dir;
	try {
		fs.mkdirSync(dir, {recursive: true});
		for (const [relative, text] of files) {
			current = path.join(dir, relative);
			fs.mkdirSync(path.dirname(current), {recursive: true});
			fs.writeFileSync(current, text, {flag: 'wx'});
		}
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
		return fail(t('cli.cannotWrite', {file: echo(current), problem: writeProblem(code, t)}), 1);
	}
	return 0;
}
