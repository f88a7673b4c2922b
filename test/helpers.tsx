import {spawn, spawnSync} from 'node:child_process';
import React from 'react';
import chalk from 'chalk';
import {afterAll, beforeAll, expect} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {EventEmitter} from 'node:events';
import {render, useInput} from 'ink';
import {App} from '../source/present/app.js';
import {chromeFor, createI18n} from '../source/deck/i18n.js';
import {loadDeck, packageChrome, type Deck} from '../source/deck/load-deck.js';
import {formatProblem, type Problem} from '../source/deck/problem.js';
import {startState} from '../source/present/start-state.js';
import type {Action, Room} from '../source/present/state.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const exampleDeckDir = path.join(root, 'examples', 'minimal');
/** A small deck in en, zh-Hant and ja, with a slide of every kind but overview, section and synthesis. */
export const threeLanguagesDir = path.join(root, 'test', 'fixtures', 'three-languages');
export const cliPath = path.join(root, 'dist', 'cli.js');

const copies: string[] = [];
// Registered while a test file is collected (it imports this module): runs when that file is done.
afterAll(() => {
	for (const dir of copies.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

/** A copy of examples/minimal in a new temporary folder, changed by `edit`; removed when the test
 * file is done. The one way tests make a deck of their own. */
export function deckCopy(edit: (dir: string) => void = () => {}): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-deck-'));
	copies.push(dir);
	fs.cpSync(exampleDeckDir, dir, {recursive: true});
	fs.chmodSync(dir, 0o755);
	edit(dir);
	return dir;
}

/** For deckCopy: inline Markdown (bold, italic, code) in the deck's text, both languages, in
 * every kind of field: the title, a subtitle, the speaker, the thesis, points, the quote, notes. */
export function withEmphasis(dir: string): void {
	editJson(dir, 'locales/en/deck.json', text => {
		const {welcome, structure, words} = text.slides;
		welcome.title = 'A **minimal** deck';
		welcome.subtitle = 'Three slides, *two* languages';
		structure.speaker = 'The **author**';
		structure.thesis = 'slides/deck.json lists the slides **in order**, with *no words* in it.';
		structure.points[0] = 'Each slide has an `id` and a **kind**: title, overview, section, speaker, synthesis, glossary or appendix.';
		structure.quote = 'Structure in *one* place, words in **another**';
		structure.notes = 'Point out that *nothing* in `slides/` is translated.';
		words.points[0] = '`locales/<lang>/deck.json` holds ***every word*** of the deck, per language; a literal \\* stays.';
	});
	editJson(dir, 'locales/zh-Hant/deck.json', text => {
		const {structure, words} = text.slides;
		structure.thesis = '`slides/deck.json` **按次序**列出各頁，*不含*任何文字。';
		words.points[1] = '**每種語言**的頁數和要點數目都*相同*。';
	});
}

/** Rewrites a deck's JSON file (`file` relative to the deck) with what `change` makes of it. */
export function editJson(dir: string, file: string, change: (data: any) => unknown): void {
	const full = path.join(dir, file);
	const data = JSON.parse(fs.readFileSync(full, 'utf8'));
	const changed = change(data);
	fs.writeFileSync(full, JSON.stringify(changed === undefined ? data : changed));
}

/** For deckCopy: the deck in English only. */
export function englishOnly(dir: string): void {
	fs.rmSync(path.join(dir, 'locales', 'zh-Hant'), {recursive: true});
	editJson(dir, 'slides/deck.json', structure => ({...structure, languages: ['en']}));
}

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	home: '\u001B[H',
	end: '\u001B[F',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	enter: '\r',
	escape: '\u001B',
	backspace: '\u007F',
};

/** Waits until `check()` returns something other than undefined or false, looking again every
 * `every` ms; after `timeout` ms it fails with `describe()` (what was awaited, what was seen). */
export async function until<T>(check: () => T | undefined | false, describe: () => string, timeout = 5000, every = 5): Promise<T> {
	const started = Date.now();
	for (;;) {
		const value = check();
		if (value !== undefined && value !== false) return value;
		if (Date.now() - started > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${describe()}`);
		await new Promise(resolve => setTimeout(resolve, every));
	}
}

/** Whether a write ends inside an escape sequence (a lone Esc, "Esc [", "Esc O 1 ;"…): Ink's
 * parser holds such a tail for 20 ms, in case the rest follows, then delivers it as a key. */
// eslint-disable-next-line no-control-regex
export const endsInPendingEscape = (input: string) => /\u001B\u001B?(?:\[\[?[\u0020-\u003F]*|O[0-9;]*)?$/.test(input);

/** A terminal's output side as Ink sees it: a size that can change (with a 'resize' event, as a
 * real terminal sends) and every frame written. ink-testing-library's is fixed at 100 columns
 * and has no rows, so frames there are never drawn at the size a test asks for. */
export class FakeStdout extends EventEmitter {
	frames: string[] = [];
	/** Writes that are only terminal modes (bracketed paste on, cursor shown…), apart from frames. */
	controls: string[] = [];
	readonly isTTY = true;
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}

	/** Ink writes each frame whole (debug mode); an empty write only asks for the callback, as
	 * Ink's waitUntilRenderFlush() does to know that everything before it has been written.
	 * Writes that are only terminal modes (bracketed paste on…) are kept apart from frames. */
	write = (frame: string, ...rest: unknown[]) => {
		// eslint-disable-next-line no-control-regex
		if (/^(\u001B\[[?0-9;]*[a-zA-Z])+$/.test(frame)) this.controls.push(frame);
		else if (frame) this.frames.push(frame);
		const done = rest.find(argument => typeof argument === 'function') as (() => void) | undefined;
		done?.();
		return true;
	};

	resize(columns: number, rows: number) {
		this.columns = columns;
		this.rows = rows;
		this.emit('resize');
	}

	lastFrame = () => this.frames.at(-1) ?? '';
}

/** A terminal's input side: what a test writes arrives as one read, as a real terminal delivers it. */
export class FakeStdin extends EventEmitter {
	readonly isTTY = true;
	private data: string | null = null;
	/** What was written last: if it ends inside an escape sequence, Ink is still holding it. */
	lastWrite = '';
	write = (data: string) => {
		this.data = data;
		this.lastWrite = data;
		this.emit('readable');
		this.emit('data', data);
	};

	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

/** Counts the keys Ink delivers (beside the app, which gets the same ones), so that a test knows
 * when a held Esc has been let through. */
function KeyCounter({onKey}: {onKey: () => void}) {
	useInput(() => onKey());
	return null;
}

const mounted = new Set<{unmount: () => void}>();
/** Unmounts every app rendered by renderApp (each rendering test file calls it after each test). */
export function cleanupApps(): void {
	for (const instance of mounted) instance.unmount();
	mounted.clear();
}

export function renderApp(
	options: {deck?: Deck; deckDir?: string; language?: string; languages?: readonly string[]; slide?: number; columns?: number; rows?: number; color?: boolean; room?: Room; feed?: (dispatch: (action: Action) => void) => () => void} = {},
) {
	const deck = options.deck ?? loadDeck(options.deckDir ?? root);
	const language = options.language ?? 'en';
	const i18n = createI18n(deck, language);
	const initial = {...startState(deck, i18n, {language, slide: options.slide, ...(options.languages ? {languages: options.languages} : {})}), ...(options.room ? {room: options.room} : {})};
	const stdout = new FakeStdout(options.columns ?? 80, options.rows ?? 24);
	const stdin = new FakeStdin();
	const stderr = new FakeStdout(stdout.columns, stdout.rows);
	let keysDelivered = 0;
	const instance = render(
		<>
			<KeyCounter onKey={() => keysDelivered++} />
			<App deck={deck} i18n={i18n} initial={initial} color={options.color} feed={options.feed} />
		</>,
		{
			stdout: stdout as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
			stderr: stderr as unknown as NodeJS.WriteStream,
			debug: true,
			exitOnCtrlC: false,
			patchConsole: false,
		},
	);
	mounted.add(instance);
	let exited = false;
	void instance.waitUntilExit().finally(() => {
		exited = true;
	});
	/** Waits for the app to end itself (q, Ctrl+C); fails if it is still running after `timeout`. */
	const waitForExit = (timeout = 2000) => until(() => exited, () => 'the app to exit', timeout);
	const frame = () => stdout.lastFrame();
	/** Returns once Ink has taken in everything written so far and drawn the result: a held Esc
	 * (or the start of a sequence) is awaited until Ink lets it through as a key. */
	const settle = async (lastWrite = stdin.lastWrite) => {
		if (endsInPendingEscape(lastWrite)) {
			const before = keysDelivered;
			await until(() => keysDelivered > before, () => `Ink to deliver the held ${JSON.stringify(lastWrite)}`);
		}
		await instance.waitUntilRenderFlush();
		return frame();
	};
	/** Types each input as one read, as a terminal delivers a key (or a paste), and returns the frame. */
	const press = async (...inputs: string[]) => {
		for (const input of inputs) {
			stdin.write(input);
			await settle(input);
		}
		return frame();
	};
	/** Waits until the latest frame contains `expected` (or satisfies it); fails showing that frame. */
	const waitFor = (expected: string | ((frame: string) => boolean), timeout?: number) =>
		until(
			() => (typeof expected === 'string' ? frame().includes(expected) : expected(frame())) && frame(),
			() => `${typeof expected === 'string' ? JSON.stringify(expected) : 'the expected frame'}; the last frame was:\n${frame()}`,
			timeout,
		);
	/** Resizes the terminal and waits for the frame drawn at the new size (React may draw it a
	 * little later than the 'resize' event, e.g. while Ink holds the start of an escape sequence). */
	const resize = async (columns: number, rows: number) => {
		const before = stdout.frames.length;
		stdout.resize(columns, rows);
		await until(() => stdout.frames.length > before, () => `a frame at ${columns}×${rows}; the last frame was:\n${frame()}`);
	};
	const unmount = () => {
		mounted.delete(instance);
		instance.unmount();
	};
	return {stdin, stdout, deck, press, settle, resize, waitFor, waitForExit, frame, lastFrame: frame, unmount};
}

/** Visible lines of a frame with the ANSI styling removed. */
export function plain(frame: string): string[] {
	// eslint-disable-next-line no-control-regex
	return frame.replace(/\u001B\[[0-9;]*m/g, '').split('\n');
}

/** A valid deck of `count` short slides in en and zh-Hant, in a new temporary folder. */
export function generateDeck(count: number): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-generated-'));
	copies.push(dir);
	const ids = Array.from({length: count}, (_, i) => `s${i + 1}`);
	fs.mkdirSync(path.join(dir, 'slides'));
	fs.writeFileSync(path.join(dir, 'slides', 'deck.json'), JSON.stringify({languages: ['en', 'zh-Hant'], slides: ids.map(id => ({id, kind: 'overview'}))}));
	for (const language of ['en', 'zh-Hant']) {
		const slides = Object.fromEntries(ids.map((id, i) => [id, {title: language === 'en' ? `Slide number ${i + 1}` : `第${i + 1}頁`, points: ['一二三四五六七八九十 one two three four five six seven eight nine ten']}]));
		fs.mkdirSync(path.join(dir, 'locales', language), {recursive: true});
		fs.writeFileSync(path.join(dir, 'locales', language, 'deck.json'), JSON.stringify({title: 'Generated', slides}));
	}
	return dir;
}

export type CliResult = {code: number | null; stdout: string; stderr: string};

/** How runCli starts the built CLI: in an English locale; `asUnprivileged` drops root to
 * "nobody" so that file permissions apply. */
function cliCommand(args: string[], options: {env?: NodeJS.ProcessEnv; asUnprivileged?: boolean}) {
	const command = options.asUnprivileged && process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
	return {file: command[0]!, args: [...command.slice(1), cliPath, ...args], env: {...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...options.env}};
}

/** Runs the built CLI with piped stdio (see cliCommand). */
export function runCli(args: string[], options: {env?: NodeJS.ProcessEnv; asUnprivileged?: boolean} = {}): CliResult {
	const {file, args: argv, env} = cliCommand(args, options);
	const result = spawnSync(file, argv, {encoding: 'utf8', env, input: '', timeout: 10_000});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** runCli without blocking, so that a suite can run several at once; says how long it took.
 * A run still going after `timeout` ms is killed (and its code is null). */
export function runCliAsync(args: string[], options: {env?: NodeJS.ProcessEnv; timeout?: number} = {}): Promise<CliResult & {ms: number}> {
	const {file, args: argv, env} = cliCommand(args, options);
	const started = Date.now();
	return new Promise(resolve => {
		const child = spawn(file, argv, {env, stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeout ?? 10_000});
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
		child.on('close', code => resolve({code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - started}));
	});
}

/** One line on stderr matching `pattern`, nothing on stdout, the exit code, no stack trace. */
export function expectOneLineError(result: CliResult, code: number, pattern: RegExp): void {
	expect(result.code).toBe(code);
	expect(result.stdout).toBe('');
	const lines = result.stderr.trimEnd().split('\n');
	expect(lines).toHaveLength(1);
	expect(lines[0]).toMatch(pattern);
	expect(result.stderr).not.toMatch(/\n\s+at /);
}

/** A deck problem as `bideck validate` writes it in English. */
export function inEnglish(problem: Problem): string {
	return formatProblem(problem, chromeFor(createI18n({chrome: packageChrome(), text: {}}), 'en'));
}

/** Ink's colours as a terminal gets them (chalk level 1) for this test file, put back after. */
export function coloursAsATerminalGetsThem(): void {
	let level: typeof chalk.level;
	beforeAll(() => {
		level = chalk.level;
		chalk.level = 1;
	});
	afterAll(() => {
		chalk.level = level;
	});
}
