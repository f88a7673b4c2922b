// Bundles the CLI with esbuild: dist/cli.js plus chunks that are loaded only when used, so
// that start-up parses one file for the presenter instead of hundreds of small modules, and
// --help, --print and validate never parse Ink (see the Performance section of the README).
import {build} from 'esbuild';
import fs from 'node:fs';
import {builtinModules} from 'node:module';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const {version} = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
fs.rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true});

// Node's built-ins are require()d (with the require the banner below makes), not imported: an
// ESM import of one makes Node build a module facade that reads every export, getters included,
// which loads much that is never used — node:process loads process.report and process.finalization,
// node:util its diff and colours (~6–8 ms each before the first frame). esbuild reads a named
// export of a require()d module only where it is used.
const builtins = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));
const requireBuiltins = {
	name: 'require-builtins',
	setup(build) {
		build.onResolve({filter: /^[\w:/]+$/}, ({path, kind, namespace}) => {
			if (!builtins.has(path)) return undefined;
			if (namespace === 'builtin') return {path, external: true};
			return kind === 'import-statement' ? {path, namespace: 'builtin'} : undefined;
		});
		build.onLoad({filter: /.*/, namespace: 'builtin'}, ({path}) => ({contents: `module.exports = require(${JSON.stringify(path)});`, loader: 'js'}));
	},
};

await build({
	absWorkingDir: root,
	plugins: [requireBuiltins],
	// source/start.ts turns on the code cache, then imports source/cli.tsx (a chunk of its own).
	entryPoints: {cli: 'source/start.ts'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	chunkNames: '[name]-[hash]',
	platform: 'node',
	format: 'esm',
	target: 'node22',
	jsx: 'automatic',
	minify: true,
	legalComments: 'none',
	logLevel: 'warning',
	// Ink's React DevTools bridge is only loaded when DEV=true; it is not a dependency.
	alias: {
		'react-devtools-core': './scripts/devtools-stub.mjs',
		// One width function for bideck and Ink alike, without string-width's start-up cost.
		'string-width': './source/text/text-width.ts',
		// restore-cursor (via Ink's cli-cursor) writes ESC[?25h to stderr at every exit, even into a
		// file; Ink shows the cursor on the terminal itself when it unmounts.
		'restore-cursor': './scripts/restore-cursor-stub.mjs',
	},
	// BIDECK_BUILD: a deck kept in the user's cache (source/deck/deck-cache.ts) is taken only by
	// the build that checked it.
	define: {'process.env.NODE_ENV': '"production"', BIDECK_VERSION: JSON.stringify(version), BIDECK_BUILD: JSON.stringify(`${version}-${Date.now().toString(36)}`)},
	banner: {
		js: [
			// Some bundled CommonJS dependencies call require() for Node built-ins.
			"import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
			// yoga-layout fetch()es its WebAssembly from a data: URL when fetch exists, which loads
			// Node's whole HTTP client (~40 ms); without it, yoga decodes the same bytes directly.
			// bideck itself never uses the network.
			'delete globalThis.fetch;',
		].join(''),
	},
});
fs.chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);

// The built-in deck, read and checked now rather than at every start: dist/built-in-deck.json
// holds what loadDeck returns for the package's slides/ and locales/ (and the program's chrome),
// with the text of each file it came from; source/deck/prebuilt.ts uses it while those texts are
// unchanged. The reading code is bundled to a file in dist/ (so that it finds the package root
// as dist/cli.js does), run, and removed. A deck with problems gets no prebuilt file: it is then
// read and checked at start-up, which reports them.
const prebuildFile = new URL('../dist/prebuild-deck.mjs', import.meta.url);
await build({
	absWorkingDir: root,
	stdin: {
		contents: [
			"import {loadDeck, packageChrome, packageRoot} from './source/deck/load-deck.ts';",
			"import {builtInSources} from './source/deck/prebuilt.ts';",
			'export function prebuild() {',
			'	const sources = builtInSources();',
			'	const {dir, ...deck} = loadDeck(packageRoot);',
			'	return {sources, deck, chrome: packageChrome()};',
			'}',
		].join('\n'),
		resolveDir: root,
		loader: 'ts',
	},
	outfile: fileURLToPath(prebuildFile),
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node22',
	logLevel: 'warning',
});
try {
	const {prebuild} = await import(prebuildFile.href);
	fs.writeFileSync(new URL('../dist/built-in-deck.json', import.meta.url), JSON.stringify(prebuild()));
} catch (error) {
	process.stderr.write(`build: the built-in deck is not prebuilt (it is checked at each start instead): ${error.message}\n`);
} finally {
	fs.rmSync(prebuildFile, {force: true});
}
