import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The user's cache folder (the bin's V8 compile cache, decks kept after their check), and
// making folders in it: the bin loads this before its code cache is on, so it stays this small.

/** $XDG_CACHE_HOME, else ~/.cache. */
export const cacheHome = () => process.env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache');

/** Makes `dir` and the two folders above it, one level at a time (a recursive mkdir, Node's own
 * included, never returns for some paths, e.g. under /proc); false when it cannot be made. */
export function makeDir(dir: string, mode = 0o777): boolean {
	for (const level of [path.dirname(path.dirname(dir)), path.dirname(dir), dir]) {
		try {
			fs.mkdirSync(level, {mode});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
		}
	}
	return true;
}
