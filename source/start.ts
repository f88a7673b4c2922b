#!/usr/bin/env -S node --max-semi-space-size=1 --max-opt=2 --optimize-for-size --heap-growing-percent=20
import module from 'node:module';
import path from 'node:path';
import {cacheHome, makeDir} from './io/cache-folder.js';

// The bin's entry (dist/cli.js): turns on V8's code cache before any of bideck's code is
// compiled, then runs the CLI. With the cache, Node skips compiling the ~420 KB presenter chunk
// on every start after the first (see the Performance section of the README).
// The shebang's V8 flags keep peak memory down (each measured on the forum deck): a 1 MB young
// generation; no TurboFan (--max-opt=2: Maglev is the top tier), whose code and compile zones
// add ~3–5 MB and which frames this small never need; and an old generation that grows by 20 %
// past what is live, not by at least 8 MB (--optimize-for-size --heap-growing-percent=20):
// each frame's garbage otherwise piles up to twice the live heap before it is collected.

declare const BIDECK_VERSION: string; // defined by scripts/build.mjs

/** $XDG_CACHE_HOME/bideck (or ~/.cache/bideck), one folder per bideck version and Node flags:
 * V8 rejects a cache made under other flags, so they must not share one. */
function cacheDir(): string {
	const flags = process.execArgv.join(' ').replace(/[^\w.=-]+/g, '_');
	return path.join(cacheHome(), 'bideck', `${BIDECK_VERSION}-node${process.versions.node}${flags ? `-${flags}` : ''}`);
}

try {
	// A cache that cannot be written (read-only home, no HOME) only costs the time it would save.
	const dir = cacheDir();
	if (makeDir(dir)) module.enableCompileCache?.(dir);
} catch {}

await import('./cli.js');
