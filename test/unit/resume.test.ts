import {spawn, spawnSync} from 'node:child_process';
import {build} from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {maxDecks, placesFile, readPlaces, savePlace} from '../../source/cli/resume.js';
import {root} from '../helpers.js';

const folders: string[] = [];
afterAll(() => {
	for (const dir of folders) fs.rmSync(dir, {recursive: true, force: true});
});
const folder = () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-resume-'));
	folders.push(dir);
	return dir;
};
const place = (slide: string, language = 'en') => ({slide, language});

describe('remembering the place', () => {
	it('lives in $XDG_CONFIG_HOME/bideck, else ~/.config/bideck', () => {
		expect(placesFile({XDG_CONFIG_HOME: '/x'})).toBe('/x/bideck/state.json');
		expect(placesFile({})).toBe(path.join(os.homedir(), '.config', 'bideck', 'state.json'));
	});

	it('saves per deck and reads back, atomically: a private file, no temporary or lock file left', () => {
		const file = path.join(folder(), 'bideck', 'state.json');
		expect(readPlaces(file)).toEqual({places: new Map()});
		expect(savePlace(file, '/decks/a', place('su-chang', 'zh-Hant'))).toBeUndefined();
		expect(savePlace(file, '/decks/b', place('title'))).toBeUndefined();
		expect(savePlace(file, '__proto__', place('constructor'))).toBeUndefined();
		expect(readPlaces(file).places).toEqual(
			new Map([
				['/decks/a', place('su-chang', 'zh-Hant')],
				['/decks/b', place('title')],
				['__proto__', place('constructor')],
			]),
		);
		expect(fs.readdirSync(path.dirname(file))).toEqual(['state.json']);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
	});

	it('never follows a link planted where a temporary file could be', () => {
		const dir = folder();
		const file = path.join(dir, 'state.json');
		const victim = path.join(dir, 'victim');
		fs.writeFileSync(victim, 'precious');
		// The names an older bideck used, and a spread of others beside the file.
		for (const name of [`state.json.${process.pid}.tmp`, 'state.json.tmp', '.state.json.tmp']) fs.symlinkSync(victim, path.join(dir, name));
		for (let round = 0; round < 20; round++) expect(savePlace(file, `/d${round}`, place('x'))).toBeUndefined();
		expect(fs.readFileSync(victim, 'utf8')).toBe('precious');
		expect(fs.lstatSync(file).isSymbolicLink()).toBe(false);
	});

	it('keeps a corrupt file aside, named, before writing a new one', () => {
		const file = path.join(folder(), 'state.json');
		for (const [content, problem] of [
			['{"decks": {"/d": {"slide": 3', 'not valid JSON'],
			['[1, 2]', 'unexpected content'],
			['x'.repeat(300 * 1024), 'file too large (300 KB; the limit is 256 KB)'],
		] as const) {
			for (const name of fs.readdirSync(path.dirname(file))) fs.rmSync(path.join(path.dirname(file), name));
			fs.writeFileSync(file, content);
			expect(readPlaces(file)).toEqual({places: new Map(), problem});
			expect(savePlace(file, '/d', place('x'))).toBeUndefined();
			expect(readPlaces(file)).toEqual({places: new Map([['/d', place('x')]])});
			const aside = fs.readdirSync(path.dirname(file)).filter(name => name.startsWith('state.json.corrupt-'));
			expect(aside).toHaveLength(1);
			expect(fs.readFileSync(path.join(path.dirname(file), aside[0]!), 'utf8')).toBe(content);
		}
	});

	it('reads a FIFO or a device as a problem, at once, without blocking or reading forever', () => {
		const dir = folder();
		const fifo = path.join(dir, 'state.json');
		expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		expect(readPlaces(fifo)).toEqual({places: new Map(), problem: 'is not a regular file'});
		const zero = path.join(dir, 'zero.json');
		fs.symlinkSync('/dev/zero', zero);
		expect(readPlaces(zero).problem).toBe('is not a regular file');
	});

	it(`remembers the ${maxDecks} decks used last and forgets older ones`, () => {
		const file = path.join(folder(), 'state.json');
		for (let deck = 0; deck < maxDecks + 30; deck++) expect(savePlace(file, `/deck/${deck}`, place(`s${deck}`))).toBeUndefined();
		const {places} = readPlaces(file);
		expect(places.size).toBe(maxDecks);
		expect(places.get(`/deck/${maxDecks + 29}`)).toEqual(place(`s${maxDecks + 29}`));
		expect(places.has('/deck/0')).toBe(false);
	});

	it('an unwritable place is reported, not thrown', () => {
		const blocker = path.join(folder(), 'file');
		fs.writeFileSync(blocker, '');
		expect(savePlace(path.join(blocker, 'bideck', 'state.json'), '/d', place('x'))).toMatch(/ENOTDIR|EEXIST/);
	});

	it('several processes saving at once lose none of each other’s places', async () => {
		const dir = folder();
		const module = path.join(dir, 'resume.mjs');
		await build({entryPoints: [path.join(root, 'source/cli/resume.ts')], bundle: true, format: 'esm', platform: 'node', outfile: module, logLevel: 'silent'});
		const file = path.join(dir, 'state.json');
		const writers = 6;
		const saves = 15;
		const script = `const {savePlace} = await import(${JSON.stringify(module)}); for (let i = 0; i < ${saves}; i++) { const problem = savePlace(${JSON.stringify(file)}, '/w' + process.argv[1] + '/' + i, {slide: 's' + i, language: 'en'}); if (problem) throw new Error(problem); }`;
		const codes = await Promise.all(
			Array.from({length: writers}, (_, writer) => new Promise<number | null>(resolve => spawn(process.execPath, ['--input-type=module', '-e', script, String(writer)], {stdio: 'inherit'}).on('exit', resolve))),
		);
		expect(codes).toEqual(Array(writers).fill(0));
		expect(readPlaces(file).places.size).toBe(writers * saves);
	});
});
