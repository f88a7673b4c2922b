import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

// A module of its own so that finding the package (and its prebuilt deck) does not load the
// deck schemas (zod) with load-deck.ts.

/** The package root: the nearest folder above this module with a package.json (this file sits
 * in source/deck/ in development, its code in dist/ when bundled). */
export const packageRoot = (() => {
	let dir = path.dirname(fileURLToPath(import.meta.url));
	while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
	return dir;
})();
/** The built-in forum deck lives at the package root (slides/ and locales/). */
export const builtInDeckDir = packageRoot;
