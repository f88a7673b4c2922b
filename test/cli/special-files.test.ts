import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {deckCopy, expectOneLineError, runCli} from '../helpers.js';

// Files that are not files: a FIFO would block a plain read forever, /dev/zero would grow memory
// without end, a device is not a deck. Each is refused at once with one line naming it.

/** examples/minimal with `file` replaced by what `make` puts there. */
function deckWith(file: string, make: (target: string) => void): string {
	return deckCopy(dir => {
		const target = path.join(dir, file);
		fs.rmSync(target);
		make(target);
	});
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
