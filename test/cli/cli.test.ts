import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {exampleDeckDir, expectOneLineError, root, runCli} from '../helpers.js';

// The built CLI as a process: what a user sees on stdout/stderr and the exit code.
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(args, {env});

describe('bideck (the built CLI)', () => {
	it('--help prints the usage and exits 0', () => {
		const result = run(['--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Usage: bideck /);
		for (const flag of ['--lang', '--slide', '--deck', '--help', '--version']) expect(result.stdout).toContain(flag);
	});

	it('--help follows the locale, and --lang zh', () => {
		expect(run(['--help'], {LANG: 'zh_HK.UTF-8'}).stdout).toMatch(/^用法：bideck/);
		expect(run(['--help', '--lang', 'zh']).stdout).toMatch(/^用法：bideck/);
	});

	it('--version prints the package version', () => {
		const {version} = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
		const result = run(['--version']);
		expect(result).toMatchObject({code: 0, stdout: `bideck ${version}\n`});
	});

	it('an unknown flag: one line naming it, a pointer to --help, exit 2', () => {
		expectOneLineError(run(['--nope']), 2, /^bideck: unknown option --nope \(see bideck --help\)$/);
		expectOneLineError(run(['extra']), 2, /^bideck: unexpected argument "extra"/);
		expectOneLineError(run(['--lang']), 2, /^bideck: --lang needs a value/);
	});

	it('a bad --lang or --slide: one line, exit 2', () => {
		expectOneLineError(run(['--lang', 'fr']), 2, /^bideck: --lang fr: not a language of this deck \(it has zh-Hant, en, zh-Hans; zh means zh-Hant\) \(see bideck --help\)$/);
		expectOneLineError(run(['--slide', '0']), 2, /^bideck: --slide 0: not a slide number \(the deck has slides 1 to \d+\)/);
		expectOneLineError(run(['--slide', '9999']), 2, /^bideck: --slide 9999: not a slide number/);
		expectOneLineError(run(['--slide', 'two']), 2, /^bideck: --slide two: not a slide number/);
	});

	it('errors follow the locale too', () => {
		expectOneLineError(run(['--slide', 'x'], {LANG: 'zh_TW.UTF-8'}), 2, /^bideck: --slide x：不是有效頁碼.*（詳見 bideck --help）$/);
	});

	it('stdin or stdout not a terminal: a clear message, exit 2, no Ink trace', () => {
		const result = run([]);
		expectOneLineError(result, 2, /^bideck: needs an interactive terminal: stdin is not a terminal/);
		expect(result.stderr).not.toContain('Raw mode');
	});

	it('not a terminal: still one line when the remembered-place file is corrupt', () => {
		const config = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-corrupt-'));
		fs.mkdirSync(path.join(config, 'bideck'));
		fs.writeFileSync(path.join(config, 'bideck', 'state.json'), '{not json');
		expectOneLineError(run([], {XDG_CONFIG_HOME: config}), 2, /^bideck: needs an interactive terminal: stdin is not a terminal/);
		fs.rmSync(config, {recursive: true, force: true});
	});

	it('a missing deck folder: one line, exit 1', () => {
		expectOneLineError(run(['--deck', '/nonexistent/deck']), 1, /^bideck: cannot load the deck: \/nonexistent\/deck: deck folder not found$/);
	});

	it('checks --lang against the deck given with --deck', () => {
		expectOneLineError(run(['--deck', exampleDeckDir, '--lang', 'fr']), 2, /it has en, zh-Hant/);
	});
});
