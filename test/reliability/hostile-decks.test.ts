import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {loadDeck, type Deck} from '../../source/deck/load-deck.js';
import {DeckError} from '../../source/deck/problem.js';
import {cleanupApps, keys, plain, renderApp, runCliAsync, type CliResult} from '../helpers.js';
import {hostileDeck, payloads, random, type HostileDeck} from './hostile-decks.js';

// Hostile decks against the built CLI and the presenter. Whatever a deck holds, bideck answers
// with exit 0 or 1, at most one line on stderr and no stack trace, no control sequence in any
// output, within a time limit; a deck it refuses is refused for the reason the fault implies.
// HOSTILE_SEED=<n> runs other decks; HOSTILE_KEEP=1 keeps their folders.

const seed = Number(process.env['HOSTILE_SEED'] ?? 20_261_125);
const count = 45;
/** Per run of the CLI, on a shared 2-core machine (a run takes ~0.25 s; an 80 KB point once took 14 s). */
const runLimit = 8000;

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-hostile-decks-'));
const decks = Array.from({length: count}, (_, index) => hostileDeck(seed, index, path.join(base, String(index))));
afterAll(() => {
	if (!process.env['HOSTILE_KEEP']) fs.rmSync(base, {recursive: true, force: true});
});

/** Control characters (but \n), DEL, C1 and bidi controls: none may appear in piped output. */
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function expectCleanOutput(output: string, what: string): void {
	const found = control.exec(output);
	expect(found, `${what}: a raw ${JSON.stringify(found?.[0])} at ${found?.index}: ${JSON.stringify(output.slice(Math.max(0, (found?.index ?? 0) - 40), (found?.index ?? 0) + 40))}`).toBeNull();
	for (const payload of payloads) expect(output, `${what}: an escape sequence's payload got out`).not.toContain(payload);
}

function expectWellBehaved(result: CliResult & {ms: number}, what: string): void {
	expect(result.code, `${what}: exit code (null: killed after the timeout); stderr: ${result.stderr.slice(0, 500)}`).toBeOneOf([0, 1]);
	expect(result.ms, `${what}: took ${result.ms} ms`).toBeLessThan(runLimit);
	const errorLines = result.stderr.trimEnd().split('\n');
	expect(errorLines.length, `${what}: stderr is one line or none:\n${result.stderr.slice(0, 1000)}`).toBe(1);
	expect(result.stderr, `${what}: a stack trace`).not.toMatch(/\n\s+at |Error:|node:internal/);
	expectCleanOutput(result.stdout, `${what} stdout`);
	expectCleanOutput(result.stderr, `${what} stderr`);
}

const name = (deck: HostileDeck) => `deck ${deck.index}: ${deck.fault}: ${deck.detail}${deck.woven ? ' (hostile text woven in)' : ''}`;

describe.concurrent(`the built CLI on hostile decks (seed ${seed})`, () => {
	for (const deck of decks) {
		it(name(deck), async () => {
			const validate = await runCliAsync(['validate', deck.dir], {timeout: 15_000});
			expectWellBehaved(validate, 'validate');
			expect(validate.stderr, 'validate reports on stdout').toBe('');
			// Markdown and HTML load the deck as text does: they are run when it was shown.
			const formats = deck.index % 4 === 0 ? ['text', 'markdown', 'html'] : ['text', 'markdown'];
			for (const format of formats) {
				const print = await runCliAsync(['--print', '--lang', 'both', '--format', format, '--deck', deck.dir], {timeout: 15_000});
				const what = `--print --format ${format}`;
				expectWellBehaved(print, what);
				if (print.code === 0) {
					expect(print.stdout.length, `${what}: output`).toBeGreaterThan(0);
					expect(print.stderr, what).toBe('');
				} else {
					expect(print.stdout, `${what} failed: nothing on stdout`).toBe('');
					expect(print.stderr, `${what} failed: one line naming the problem`).toMatch(/^bideck: .+\n?$/);
				}
				// A deck that validates is shown; one refused at load is never shown.
				if (validate.code === 0) expect(print.code, `${what} of a valid deck: ${print.stderr}`).toBe(0);
				if (deck.expect.outcome === 'refused') expect(print.code, `${what} of a refused deck`).toBe(1);
				if (deck.expect.outcome === 'shown') expect(print.code, `${what}: ${print.stderr}`).toBe(0);
				if (print.code !== 0) break;
			}
			if (deck.expect.outcome === 'refused') {
				expect(validate.code, 'refused').toBe(1);
				expect(validate.stdout).toMatch(deck.expect.mention);
			}
			if (deck.expect.outcome === 'shown') expect(validate.code, `validate:\n${validate.stdout}`).toBe(0);
		}, 5 * runLimit);
	}
});

/** The presenter's frame: within the terminal, no control sequence but SGR styling. */
function expectCleanFrame(frame: string, columns: number, rows: number, after: string): void {
	// eslint-disable-next-line no-control-regex
	const unstyled = frame.replace(/\u001B\[[0-9;]*m/g, '');
	expectCleanOutput(unstyled, `frame after ${after}`);
	const lines = plain(frame);
	if (lines.at(-1) === '') lines.pop();
	expect(lines.length, `frame after ${after}: rows`).toBeLessThanOrEqual(rows);
	for (const line of lines) expect(stringWidth(line), `frame after ${after}: a line wider than ${columns}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(columns);
}

const sizes: Array<[number, number]> = [
	[80, 24],
	[40, 12],
	[120, 40],
	[24, 8],
	[60, 18],
];

let presented = 0;
describe(`the presenter on hostile decks (seed ${seed})`, () => {
	afterEach(() => cleanupApps());
	for (const deck of decks) {
		it(name(deck), async () => {
			let loaded: Deck;
			try {
				loaded = loadDeck(deck.dir);
			} catch (error) {
				// Refused: with the one line the CLI prints.
				expect(error).toBeInstanceOf(DeckError);
				expect((error as Error).message).not.toContain('\n');
				expect(deck.expect.outcome).not.toBe('shown');
				return;
			}
			expect(deck.expect.outcome, 'a deck that should have been refused was loaded').not.toBe('refused');
			const rng = random(seed + deck.index);
			const [columns, rows] = rng.pick(sizes);
			const started = Date.now();
			const app = renderApp({deck: loaded, language: loaded.structure.languages[0], columns, rows});
			expectCleanFrame(app.frame(), columns, rows, 'start');
			const typed = [...(loaded.structure.slides[0] && Object.values(loaded.text)[0]?.title ? Object.values(loaded.text)[0]!.title : 'e')][0] ?? 'e';
			const sequence: Array<[string, string]> = [
				[keys.right, '→'], ['t', 't'], ['b', 'b'], ['n', 'n'], ['i', 'i'], ['x', 'x in the index'], [keys.backspace, 'Backspace'], [keys.down, '↓'], [keys.enter, 'Enter'],
				['/', '/'], [typed, `${JSON.stringify(typed)} in search`], [keys.down, '↓'], [keys.enter, 'Enter'],
				['s', 's'], [keys.right, '→ in sources'], [keys.escape, 'Esc'], ['?', '?'], [keys.escape, 'Esc'], ['G', 'G'], ['b', 'b'],
			];
			for (const [key, label] of sequence) expectCleanFrame(await app.press(key), columns, rows, label);
			expect(Date.now() - started, 'the presenter took').toBeLessThan(runLimit);
			presented++;
		});
	}

	it('the presenter was tried on enough decks', () => {
		expect(presented).toBeGreaterThanOrEqual(count / 4);
	});
});
