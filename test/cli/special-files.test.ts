import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {exampleDeckDir, expectOneLineError, runCli} from '../helpers.js';

// Files that are not files: a FIFO would block a plain read forever, /dev/zero would grow memory
// without end, a device is not a deck. Each is refused at once with one line naming it.

const made: string[] = [];
afterAll(() => {
	for (const dir of made) fs.rmSync(dir, {recursive: true, force: true});
});

function deckWith(file: string, make: (target: string) => void): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-special-'));
	made.push(dir);
	fs.cpSync(exampleDeckDir, dir, {recursive: true});
	const target = path.join(dir, file);
	fs.rmSync(target);
	make(target);
	return dir;
}

describe('files that are not regular files', () => {
	const cases: Array<[string, (target: string) => void]> = [
		['a FIFO', target => expect(spawnSync('mkfifo', [target]).status).toBe(0)],
		['a link to /dev/zero', target => fs.symlinkSync('/dev/zero', target)],
		['a link to /dev/null', target => fs.symlinkSync('/dev/null', target)],
	];
	for (const [what, make] of cases) {
		for (const file of ['slides/deck.json', 'locales/en/deck.json']) {
			it(`${file} as ${what}: one line, exit 1, at once`, () => {
				const dir = deckWith(file, make);
				const started = Date.now();
				const escaped = file.replace(/[./]/g, '\\$&');
				expectOneLineError(runCli(['--print', '--deck', dir]), 1, new RegExp(`${escaped}: is not a regular file$`));
				const validate = runCli(['validate', dir]);
				expect(validate.code).toBe(1);
				expect(validate.stdout).toMatch(new RegExp(`${escaped}: is not a regular file`));
				expect(Date.now() - started).toBeLessThan(8000);
			});
		}
	}
});
