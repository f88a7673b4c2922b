import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll} from 'vitest';

// bideck remembers where each deck was left in $XDG_CONFIG_HOME/bideck and keeps its code cache
// in $XDG_CACHE_HOME/bideck. Tests, and every process they spawn, use fresh folders of their own
// instead of the user's.
const config = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-config-'));
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-cache-'));
process.env['XDG_CONFIG_HOME'] = config;
process.env['XDG_CACHE_HOME'] = cache;
afterAll(() => {
	// Programs a test's terminal was running may still be ending, and Node writes its compile
	// cache on the way out: a folder being written to is removed again until it is empty.
	for (const dir of [config, cache]) fs.rmSync(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 100});
});

// The tests draw what a user's terminal shows. With CI set (as CI sets it), Ink and bideck's
// first frame behave as in a CI log, drawing only the last frame; a user's terminal has no CI.
// Removed here, before any test file loads Ink, and so from every process the tests spawn.
delete process.env['CI'];

// Deck text with Markdown markers needs the inline parser, which bideck loads before it lays out
// a deck read from files (source/text/inline.ts); tests lay out such decks directly, so it is
// loaded here for every test file. test/cli/inline-lazy.test.ts checks that the built-in deck's
// start-up never loads it.
await (await import('../source/text/inline.js')).loadInlineParser();
