import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadDeck, packageChrome, packageRoot} from '../../source/deck/load-deck.js';
import {builtInSources, prebuiltFile, readPrebuilt, type Prebuilt} from '../../source/deck/prebuilt.js';
import {root} from '../helpers.js';

// dist/built-in-deck.json (written by scripts/build.mjs, run by the global setup) stands in for
// loadDeck at start-up while the built-in deck's files are unchanged.

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

/** The package as installed: package.json, dist/, slides/ and locales/, in a temporary folder. */
function packageCopy(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-package-'));
	made.push(dir);
	for (const entry of ['package.json', 'dist', 'slides', 'locales']) fs.cpSync(path.join(root, entry), path.join(dir, entry), {recursive: true});
	return dir;
}

const print = (dir: string) =>
	spawnSync(process.execPath, [path.join(dir, 'dist', 'cli.js'), '--print', '--lang', 'en'], {encoding: 'utf8', env: {...process.env, LANG: 'C.UTF-8'}, timeout: 10_000});
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const firstSlide = (dir: string) => readJson(path.join(dir, 'slides', 'deck.json')).slides[0].id as string;

describe('the prebuilt built-in deck', () => {
	it('is what loadDeck and packageChrome return for the package, and is used while its files are unchanged', () => {
		const prebuilt = readJson(prebuiltFile) as Prebuilt;
		const {dir, ...deck} = loadDeck(packageRoot);
		expect(dir).toBe(packageRoot);
		expect(prebuilt.deck).toStrictEqual(deck);
		expect(prebuilt.chrome).toStrictEqual(packageChrome());
		expect(prebuilt.sources).toStrictEqual(builtInSources());
		expect(Object.keys(prebuilt.sources)).toEqual(['slides/deck.json', 'locales/en/deck.json', 'locales/en/ui.json', 'locales/zh-Hant/deck.json', 'locales/zh-Hant/ui.json']);
		expect(readPrebuilt()).toStrictEqual(prebuilt);
	});

	it('the CLI shows the prebuilt text while the files are unchanged, and the files once one changes', () => {
		const dir = packageCopy();
		const id = firstSlide(dir);
		// Mark the prebuilt model (not its sources): its text on screen proves it was used.
		const prebuiltCopy = path.join(dir, 'dist', 'built-in-deck.json');
		const prebuilt = readJson(prebuiltCopy) as Prebuilt;
		prebuilt.deck.text['en']!.slides[id]!.title = 'Title from the prebuilt deck';
		fs.writeFileSync(prebuiltCopy, JSON.stringify(prebuilt));
		const fast = print(dir);
		expect(fast.stderr).toBe('');
		expect(fast.stdout).toContain('Title from the prebuilt deck');

		// One locale file changed: the deck is read from the files (and checked) again.
		const localeFile = path.join(dir, 'locales', 'en', 'deck.json');
		const text = readJson(localeFile);
		text.slides[id].title = 'Title edited after the build';
		fs.writeFileSync(localeFile, JSON.stringify(text, null, 2));
		expect(readPrebuilt(prebuiltCopy, dir)).toBeUndefined();
		const slow = print(dir);
		expect(slow.stderr).toBe('');
		expect(slow.stdout).toContain('Title edited after the build');
		expect(slow.stdout).not.toContain('Title from the prebuilt deck');

		// ... and checked: an edit that breaks the deck is reported, not hidden by the prebuilt one.
		text.slides[id].title = '';
		fs.writeFileSync(localeFile, JSON.stringify(text, null, 2));
		const broken = print(dir);
		expect(broken.status).toBe(1);
		expect(broken.stderr).toMatch(/^bideck: .*locales\/en\/deck\.json:\d+:\d+: slide 1 "title": title: empty: needs some text\n$/);
	});

	it('a locale folder added or removed since the build is noticed', () => {
		const dir = packageCopy();
		const prebuiltCopy = path.join(dir, 'dist', 'built-in-deck.json');
		expect(readPrebuilt(prebuiltCopy, dir)).toBeDefined();
		fs.mkdirSync(path.join(dir, 'locales', 'fr'));
		fs.copyFileSync(path.join(dir, 'locales', 'en', 'ui.json'), path.join(dir, 'locales', 'fr', 'ui.json'));
		expect(readPrebuilt(prebuiltCopy, dir)).toBeUndefined();
		fs.rmSync(path.join(dir, 'locales', 'fr'), {recursive: true});
		expect(readPrebuilt(prebuiltCopy, dir)).toBeDefined();
		fs.rmSync(path.join(dir, 'locales', 'en', 'ui.json'));
		expect(readPrebuilt(prebuiltCopy, dir)).toBeUndefined();
	});

	it('a locale file that is no longer UTF-8 is checked, and refused, even where it reads as the same text', () => {
		const dir = packageCopy();
		// The built text gets a U+FFFD, which bytes that are not UTF-8 also read as.
		const localeFile = path.join(dir, 'locales', 'en', 'deck.json');
		const text = readJson(localeFile);
		text.title = 'Forum \uFFFD';
		fs.writeFileSync(localeFile, JSON.stringify(text, null, 2));
		const prebuiltCopy = path.join(dir, 'dist', 'built-in-deck.json');
		const prebuilt = readJson(prebuiltCopy) as Prebuilt;
		prebuilt.sources['locales/en/deck.json'] = fs.readFileSync(localeFile, 'utf8');
		prebuilt.deck.text['en']!.title = 'Forum \uFFFD';
		fs.writeFileSync(prebuiltCopy, JSON.stringify(prebuilt));
		expect(readPrebuilt(prebuiltCopy, dir)).toBeUndefined();
		// Now the file holds a byte that is not UTF-8 where the U+FFFD was.
		const bytes = fs.readFileSync(localeFile);
		const at = bytes.indexOf(Buffer.from('\uFFFD'));
		fs.writeFileSync(localeFile, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at + 3)]));
		expect(readPrebuilt(prebuiltCopy, dir)).toBeUndefined();
		const result = print(dir);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^bideck: .*locales\/en\/deck\.json.*not valid UTF-8/);
	});
});
