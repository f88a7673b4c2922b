import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cliPath} from '../helpers.js';
import {TmuxSession} from '../tmux-session.js';

// Every way the presenter is stopped or paused from a real terminal leaves the terminal as a
// full-screen program should: Ctrl+Z and `kill -TSTP` give the shell a normal terminal and `fg`
// takes it back; SIGQUIT and SIGHUP restore it; a terminal that closes ends it quietly (exit
// 129), and no terminal codes are ever written into a redirected stderr.

let session: TmuxSession;
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-faults-'));

beforeAll(() => {
	session = new TmuxSession(100, 30);
});
afterAll(() => {
	session.close();
	fs.rmSync(temp, {recursive: true, force: true});
});
afterEach(() => session.endProgram());

async function start(args = '--fresh --lang en') {
	session.type(`${cliPath} ${args} 2>${temp}/stderr; echo "EXIT:$?"`);
	await session.waitFor(screen => / \d+\/19 /.test(screen), 'a slide');
	await session.waitForPaneState('1 0');
}

async function expectShell() {
	await session.waitForPaneState('0 1');
	expect(await session.ttyModes()).toEqual({icanon: true, echo: true});
}

/** q after fg (bash has dropped the rest of the command line that was stopped, so no EXIT:). */
async function quitResumed() {
	session.send('q');
	await session.waitFor(() => session.programPid() === undefined, 'the program to end');
	await expectShell();
}

describe('stopping and pausing in a real terminal (tmux)', () => {
	it('Ctrl+Z gives the shell a normal terminal; fg takes it back, redrawn, with keys working', async () => {
		await start();
		session.send('Right');
		await session.waitForText(' 2/19 ');
		session.send('C-z');
		await session.waitForText('Stopped');
		await expectShell();
		session.type('fg');
		await session.waitForPaneState('1 0');
		await session.waitForText(' 2/19 ');
		session.send('Right');
		await session.waitForText(' 3/19 ');
		await quitResumed();
	});

	it('kill -TSTP from outside does the same as Ctrl+Z', async () => {
		await start();
		process.kill(session.programPid()!, 'SIGTSTP');
		await session.waitForText('Stopped');
		await expectShell();
		session.type('fg');
		await session.waitForPaneState('1 0');
		session.send('Right');
		await session.waitForText(' 2/19 ');
		await quitResumed();
	});

	it('SIGQUIT and SIGHUP restore the terminal, keep the place and exit with 128 + the signal', async () => {
		for (const [signal, code] of [['SIGQUIT', 131], ['SIGHUP', 129]] as const) {
			await start();
			// Sent as soon as slide 2 shows: before the place is saved on its own (~300 ms later).
			session.send('Right');
			await session.waitForText(' 2/19 ');
			process.kill(session.programPid()!, signal);
			await session.waitForText(`EXIT:${code}`);
			await expectShell();
			session.type('clear');
			await start('--lang en');
			expect(session.screen()).toMatch(/^ 2\/19 /m);
			session.send('q');
			await session.waitForText('EXIT:0');
			session.type('clear');
		}
	});

	it('writes no terminal codes into a redirected stderr when it quits', async () => {
		await start();
		session.send('q');
		await session.waitForText('EXIT:0');
		expect(fs.readFileSync(path.join(temp, 'stderr'), 'utf8')).toBe('');
	});

	it('a terminal that closes ends it quietly with 129, nothing in stderr', async () => {
		// A second window whose shell ignores SIGHUP, so that only the lost terminal (EIO) is left
		// to notice; it records the exit code and stderr in files.
		const code = path.join(temp, 'code');
		const stderr = path.join(temp, 'closed-stderr');
		session.tmux('new-window', '-d', '-n', 'closing', 'env', '-u', 'CI', `PATH=${path.dirname(process.execPath)}:${process.env['PATH']}`, 'bash', '-c', `trap "" HUP; ${cliPath} --fresh 2>${stderr}; echo $? >${code}`);
		const started = Date.now();
		while (!session.tmux('capture-pane', '-p', '-t', 'closing').includes(' 1/19 ')) {
			if (Date.now() - started > 10_000) throw new Error('the presenter did not start in the second window');
			await new Promise(resolve => setTimeout(resolve, 25));
		}
		session.tmux('kill-window', '-t', 'closing');
		while (!fs.existsSync(code) || fs.readFileSync(code, 'utf8') === '') {
			if (Date.now() - started > 15_000) throw new Error('the presenter did not end when its terminal closed');
			await new Promise(resolve => setTimeout(resolve, 25));
		}
		expect(fs.readFileSync(code, 'utf8').trim()).toBe('129');
		expect(fs.readFileSync(stderr, 'utf8')).toBe('');
	});

	it('TERM=dumb is refused with one line pointing at --print, the screen untouched', async () => {
		session.type(`TERM=dumb ${cliPath} --fresh 2>${temp}/dumb; echo "EXIT:$?"`);
		await session.waitForText('EXIT:2');
		expect(session.paneState()).toBe('0 1');
		expect(fs.readFileSync(path.join(temp, 'dumb'), 'utf8')).toMatch(/^bideck: .*TERM.*dumb.*--print.*\n$/);
	});
});
