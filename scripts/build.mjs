// Bundles the CLI into one ESM file, dist/cli.js: one file to parse at start-up instead of
// hundreds of small modules (see the Performance section of the README).
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
	absWorkingDir: root,
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/cli.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	minify: true,
	legalComments: 'none',
	logLevel: 'warning',
	// Ink's React DevTools bridge is only loaded when DEV=true; it is not a dependency.
	alias: {'react-devtools-core': './scripts/devtools-stub.mjs'},
	define: {'process.env.NODE_ENV': '"production"'},
	// Some bundled CommonJS dependencies call require() for Node built-ins.
	banner: {js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);"},
});
