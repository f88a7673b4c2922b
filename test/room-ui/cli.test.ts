import {describe, expect, it} from 'vitest';
import {expectOneLineError, runCli} from '../helpers.js';

// The room's flags from the built CLI: every bad value is one line on stderr naming the flag,
// exit 2, before anything is shown; --help lists them.

const usage = (message: string) => new RegExp(`^bideck: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(see bideck --help\\)$`);

describe('room flags on the command line', () => {
	it('--help lists the room commands and flags', () => {
		const {stdout, code} = runCli(['--help']);
		expect(code).toBe(0);
		for (const text of ['bideck console', 'bideck follow', '--share [HOST:PORT]', '--name N', '--share-notes', '--max-followers N']) expect(stdout).toContain(text);
	});

	it('bad values: one line each, exit 2', () => {
		expectOneLineError(runCli(['--share=example.org:99999']), 2, usage('--share example.org:99999: not HOST:PORT (for example 127.0.0.1:7450, or 0.0.0.0:7450 for every network)'));
		expectOneLineError(runCli(['--share', '--max-followers', '0']), 2, usage('--max-followers 0: not a number from 1 to 10000'));
		expectOneLineError(runCli(['--max-followers', '5']), 2, usage('--max-followers only goes with --share'));
		expectOneLineError(runCli(['--share-notes']), 2, usage('--share-notes only goes with --share'));
		expectOneLineError(runCli(['console', '--name', '../x']), 2, usage('--name ../x: use up to 40 letters, digits, dots, dashes or underscores'));
		expectOneLineError(runCli(['--share', '--print']), 2, usage('--share does not go with --print'));
		expectOneLineError(runCli(['console', '--deck', '.']), 2, usage('--deck goes only with presenting, not with validate, console or follow'));
		expectOneLineError(runCli(['follow', 'nowhere:80']), 2, usage('follow nowhere:80: not an address (HOST:PORT/TOKEN, as the presenter\'s screen shows it)'));
	});

	it('the console and a follower need a terminal, as the presenter does', () => {
		expectOneLineError(runCli(['console']), 2, /^bideck: needs an interactive terminal: stdin is not a terminal/);
		expectOneLineError(runCli(['follow', '127.0.0.1:7450/abc']), 2, /^bideck: needs an interactive terminal: stdin is not a terminal/);
	});
});
