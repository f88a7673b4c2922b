// Bundles a TypeScript entry of the room's headless harness (test/room/harness.ts) or the room
// module itself into node_modules/.cache: inside the package, so that the bundle finds the
// package's locales as dist/cli.js does. Used by the room tests and the room bench.
import path from 'node:path';
import {build} from 'esbuild';

/** Bundles `entry` (relative to `root`) to node_modules/.cache/NAME-PID.mjs; returns its path. */
export async function bundleHarness(root, entry, name) {
	const outfile = path.join(root, 'node_modules', '.cache', `${name}-${process.pid}.mjs`);
	await build({
		absWorkingDir: root,
		entryPoints: [entry],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node22',
		logLevel: 'error',
		// ws require()s Node's built-ins.
		banner: {js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);"},
	});
	return outfile;
}
