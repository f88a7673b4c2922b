import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {cliPath, deckCopy, exampleDeckDir, root, runCli, withEmphasis} from '../helpers.js';
import {TmuxSession} from '../tmux-session.js';

// The inline Markdown parser (micromark, dist/inline-parse-*.js) is loaded only when a deck's text
// holds a marker character: presenting or printing the built-in deck, or any deck without
// emphasis, never loads it; a deck with emphasis does (to print, present or validate it). Seen through a module hook that logs every
// file the process loads (test/fixtures/log-modules.mjs).

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-modules-'));
afterAll(() => fs.rmSync(work, {recursive: true, force: true}));
const hook = path.join(root, 'test', 'fixtures', 'log-modules.mjs');
let runs = 0;

/** The dist/ files a run of the CLI loaded, by name. */
function loaded(log: string): string[] {
	return fs
		.readFileSync(log, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map(url => path.basename(new URL(url).pathname));
}
const parserLoaded = (files: string[]) => files.some(file => file.startsWith('inline-parse-'));

function printRun(args: string[]): string[] {
	const log = path.join(work, `print-${++runs}.log`);
	const result = runCli(args, {env: {NODE_OPTIONS: `--import=${hook}`, BIDECK_MODULE_LOG: log}});
	expect(result.code, result.stderr).toBe(0);
	return loaded(log);
}

describe('the inline parser is loaded only when needed', () => {
	it('--print and validate of a deck without emphasis never load it; of a deck with emphasis, they do', () => {
		const builtIn = printRun(['--print', '--lang', 'both']);
		expect(builtIn.some(file => file.startsWith('print-'))).toBe(true); // the hook saw the chunks
		expect(parserLoaded(builtIn)).toBe(false);
		expect(parserLoaded(printRun(['--print', '--deck', exampleDeckDir]))).toBe(false);
		expect(parserLoaded(printRun(['validate', exampleDeckDir]))).toBe(false);
		const emphasis = deckCopy(withEmphasis);
		expect(parserLoaded(printRun(['--print', '--deck', emphasis]))).toBe(true);
		expect(parserLoaded(printRun(['validate', emphasis]))).toBe(true);
	});

	it('presenting the built-in deck in a terminal never loads it', async () => {
		const log = path.join(work, 'present.log');
		const tmux = new TmuxSession(100, 30);
		try {
			tmux.type(`NODE_OPTIONS=--import=${hook} BIDECK_MODULE_LOG=${log} ${process.execPath} ${cliPath} --fresh; echo "EXIT:$?"`);
			await tmux.waitForText('1/');
			tmux.send('q');
			await tmux.waitForText('EXIT:0');
		} finally {
			tmux.close();
		}
		const files = loaded(log);
		expect(files.some(file => file.startsWith('mount-'))).toBe(true); // Ink was loaded: it presented
		expect(parserLoaded(files)).toBe(false);
	});
});
