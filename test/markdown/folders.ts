import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect} from 'vitest';
import {runCli} from '../helpers.js';

// Temporary folders for the Markdown tests, removed when the test file that made them is done.

const folders: string[] = [];
afterAll(() => {
	for (const dir of folders.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

/** A new empty temporary folder. */
export function tempFolder(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-md-'));
	folders.push(dir);
	return dir;
}

/** A folder holding `files` (name → text). */
export function folderWith(files: Record<string, string>): string {
	const dir = tempFolder();
	for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
	return dir;
}

/** A Markdown deck through the built CLI: converted to JSON, then back to Markdown; the files
 * that come back (filesIn). */
export function markdownAgain(dir: string): Record<string, string> {
	const json = path.join(tempFolder(), 'json');
	const markdown = path.join(tempFolder(), 'markdown');
	expect(runCli(['convert', dir, '--to', 'json', json]).code).toBe(0);
	expect(runCli(['convert', json, '--to', 'markdown', markdown]).code).toBe(0);
	return filesIn(markdown);
}

/** Every file under `dir`, by path relative to it, with its text. */
export function filesIn(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of fs.readdirSync(dir, {recursive: true, withFileTypes: true})) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		files[path.relative(dir, file)] = fs.readFileSync(file, 'utf8');
	}
	return files;
}
