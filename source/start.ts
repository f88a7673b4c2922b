#!/usr/bin/env -S node --max-semi-space-size=1
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

// The bin's entry (dist/cli.js): turns on V8's code cache before any of bideck's code is
// compiled, then runs the CLI. With the cache, Node skips compiling the ~420 KB presenter chunk
// on every start after the first (see the Performance section of the README).

declare const BIDECK_VERSION: string; // defined by scripts/build.mjs

/** $XDG_CACHE_HOME/bideck (or ~/.cache/bideck), one folder per bideck version and Node flags:
 * V8 rejects a cache made under other flags, so they must not share one. */
function cacheDir(): string {
	const base = process.env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache');
	const flags = process.execArgv.join(' ').replace(/[^\w.=-]+/g, '_');
	return path.join(base, 'bideck', `${BIDECK_VERSION}-node${process.versions.node}${flags ? `-${flags}` : ''}`);
}

try {
	// A cache that cannot be written (read-only home, no HOME) only costs the time it would save.
	module.enableCompileCache?.(cacheDir());
} catch {}

await import('./cli.js');
