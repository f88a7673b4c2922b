import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {cliPath, deckCopy, editJson, exampleDeckDir} from '../helpers.js';

// Output that cannot be written, for every command that writes to stdout: a device with no space
// (/dev/full: ENOSPC) is one line on stderr and exit 1; a reader that has gone away (EPIPE) ends
// bideck silently with 141, as cat has there (128 + SIGPIPE). Never a stack trace.

/** examples/minimal with a problem in it: a point missing in the Chinese text. */
const deckWithProblem = () => deckCopy(dir => editJson(dir, 'locales/zh-Hant/deck.json', text => void text.slides.words.points.pop()));

const problemDeck = deckWithProblem();
const commands: Array<[name: string, args: string[], status: number]> = [
	['--help', ['--help'], 0],
	['--version', ['--version'], 0],
	['validate (clean)', ['validate', exampleDeckDir], 0],
	['validate (problems)', ['validate', problemDeck], 1],
	['--print text', ['--print', '--deck', exampleDeckDir], 0],
	['--print markdown', ['--print', '--format', 'markdown', '--deck', exampleDeckDir], 0],
	['--print html', ['--print', '--format', 'html', '--deck', exampleDeckDir], 0],
];
const env = {...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: ''};

/** Runs the CLI with `/dev/full` open for writing as one or both of stdout and stderr. */
function withFullDevice(args: string[], streams: {stdout?: boolean; stderr?: boolean}) {
	const full = fs.openSync('/dev/full', 'w');
	try {
		const result = spawnSync(process.execPath, [cliPath, ...args], {stdio: ['ignore', streams.stdout ? full : 'pipe', streams.stderr ? full : 'pipe'], encoding: 'utf8', env, timeout: 10_000});
		return {code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? ''};
	} finally {
		fs.closeSync(full);
	}
}
const intoFullDevice = (args: string[], stderrToo = false) => withFullDevice(args, {stdout: true, stderr: stderrToo});

/** Runs the CLI with stdout a pipe whose reading end is closed at once, before bideck writes. */
async function intoClosedPipe(args: string[]) {
	const child = spawn(process.execPath, [cliPath, ...args], {stdio: ['ignore', 'pipe', 'pipe'], env});
	child.stdout.destroy();
	let stderr = '';
	child.stderr.on('data', chunk => (stderr += chunk));
	const code = await new Promise<number | null>(resolve => child.on('close', resolve));
	return {code, stderr};
}

describe('output that cannot be written', () => {
	for (const [name, args, status] of commands) {
		it(`${name}: written whole, exit ${status}; /dev/full: one line, exit 1; a closed pipe: silence, exit 141`, async () => {
			const fine = spawnSync(process.execPath, [cliPath, ...args], {encoding: 'utf8', env, timeout: 10_000});
			expect(fine.status).toBe(status);
			expect(fine.stdout.length).toBeGreaterThan(0);

			const full = intoFullDevice(args);
			expect(full.stderr).toBe('bideck: cannot write the output: no space left on the device\n');
			expect(full.code).toBe(1);

			const closed = await intoClosedPipe(args);
			expect(closed.stderr).toBe('');
			expect(closed.code).toBe(141);
		});
	}

	it('--output /dev/full: one line naming the file, exit 1', () => {
		const result = spawnSync(process.execPath, [cliPath, '--print', '--deck', exampleDeckDir, '--output', '/dev/full'], {encoding: 'utf8', env, timeout: 10_000});
		expect(result.stderr).toBe('bideck: cannot write /dev/full: no space left on the device\n');
		expect(result.status).toBe(1);
	});

	it('in Chinese too', () => {
		const result = intoFullDevice(['--version', '--lang', 'zh']);
		expect(result.stderr).toBe('bideck: 無法寫出輸出：裝置已無剩餘空間\n');
		expect(result.code).toBe(1);
	});

	it('a stderr that fails never throws: a usage error, and stdout and stderr both into /dev/full', async () => {
		const usage = withFullDevice(['--bogus'], {stderr: true});
		expect(usage.code).toBe(2);
		expect(usage.stdout).toBe('');
		for (const [, args] of commands) expect(intoFullDevice(args, true).code, args.join(' ')).toBe(1);
		const child = spawn(process.execPath, [cliPath, '--bogus'], {stdio: ['ignore', 'pipe', 'pipe'], env});
		child.stderr.destroy();
		expect(await new Promise(resolve => child.on('close', resolve))).toBe(2);
	});
});
