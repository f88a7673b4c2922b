import {execFileSync} from 'node:child_process';
import type {TestProject} from 'vitest/node';
import {fileURLToPath} from 'node:url';

// The CLI tests spawn the built dist/cli.js: build it from the current source once per run (and
// again before each rerun in watch mode), so that no test ever runs a stale bundle.
const root = fileURLToPath(new URL('..', import.meta.url));
const build = () => {
	execFileSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'});
};

export default function setup(project: TestProject): void {
	build();
	project.onTestsRerun(build);
}
