import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliPath, deckCopy, exampleDeckDir, expectOneLineError, runCli} from '../helpers.js';

// Bad decks given to the built CLI: one clear line (or the validate list), a non-zero exit,
// never a stack trace.


describe('bad decks', () => {
	it('malformed JSON: file:line:column: message, exit 1', () => {
		const dir = deckCopy(d => fs.writeFileSync(path.join(d, 'locales/en/deck.json'), '{\n  "title": "x",\n  "slides": {}\n  "extra": 1\n}'));
		expectOneLineError(runCli(['--print', '--deck', dir]), 1, /^bideck: cannot load the deck: .*locales\/en\/deck\.json:4:3: invalid JSON: unexpected '"'$/);
		const validate = runCli(['validate', dir]);
		expect(validate.code).toBe(1);
		expect(validate.stdout).toMatch(/locales\/en\/deck\.json:4:3: invalid JSON/);
	});

	it('missing slides/ or locales/, or no slides: exit 1', () => {
		expectOneLineError(runCli(['--print', '--deck', deckCopy(d => fs.rmSync(path.join(d, 'slides'), {recursive: true}))]), 1, /slides: missing: a deck has a slides\/ folder$/);
		expectOneLineError(runCli(['--print', '--deck', deckCopy(d => fs.rmSync(path.join(d, 'locales'), {recursive: true}))]), 1, /locales: missing: a deck has a locales\/ folder$/);
		const empty = deckCopy(d => fs.writeFileSync(path.join(d, 'slides/deck.json'), '{"languages": ["en"], "slides": []}'));
		expectOneLineError(runCli(['--print', '--deck', empty]), 1, /slides\/deck\.json:1:\d+: slides: the deck has no slides$/);
	});

	it('a language the deck lacks: exit 2', () => {
		expectOneLineError(runCli(['--print', '--deck', exampleDeckDir, '--lang', 'ja']), 2, /--lang ja: not a language of this deck \(it has en, zh-Hant/);
	});

	it('an unreadable file: permission denied, exit 1', () => {
		const dir = deckCopy(d => fs.chmodSync(path.join(d, 'locales/zh-Hant/deck.json'), 0o000));
		expectOneLineError(runCli(['--print', '--deck', dir], {asUnprivileged: true}), 1, /locales\/zh-Hant\/deck\.json: cannot read the file: permission denied$/);
	});

	it('a file that is not UTF-8, or over 5 MB: refused, exit 1', () => {
		const latin1 = deckCopy(d => fs.writeFileSync(path.join(d, 'slides/deck.json'), Buffer.from('{"languages": ["caf\xe9"]}', 'latin1')));
		expectOneLineError(runCli(['--print', '--deck', latin1]), 1, /slides\/deck\.json: not valid UTF-8 text$/);
		const huge = deckCopy(d => fs.writeFileSync(path.join(d, 'locales/en/deck.json'), Buffer.alloc(5 * 1024 * 1024 + 1, 0x20)));
		expectOneLineError(runCli(['--print', '--deck', huge]), 1, /locales\/en\/deck\.json: file too large \(5\.0 MB; the limit is 5 MB\)$/);
	});
});

describe('colour in --print', () => {
	// `script` gives the CLI a real pseudo-terminal as stdout.
	const onTerminal = (args: string, env: NodeJS.ProcessEnv = {}) =>
		spawnSync('script', ['-qec', `${process.execPath} ${cliPath} ${args}`, '/dev/null'], {encoding: 'utf8', env: {...process.env, LANG: 'C.UTF-8', ...env}, timeout: 10_000}).stdout;

	it('is on for a terminal, off with NO_COLOR or --no-color', () => {
		const deck = `--print --deck ${exampleDeckDir}`;
		expect(onTerminal(deck)).toMatch(/\u001B\[[0-9;]*m/);
		expect(onTerminal(deck, {NO_COLOR: '1'})).not.toMatch(/\u001B\[[0-9;]*m/);
		expect(onTerminal(`${deck} --no-color`)).not.toMatch(/\u001B\[[0-9;]*m/);
		expect(onTerminal(deck)).toContain('A minimal deck');
	});
});
