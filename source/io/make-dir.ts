import fs from 'node:fs';
import path from 'node:path';

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
