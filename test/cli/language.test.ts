import {execFileSync, spawnSync} from 'node:child_process';
import {afterAll, describe, expect, it} from 'vitest';
import {placesFile, savePlace} from '../../source/cli/resume.js';
import {cliPath, deckCopy, englishOnly, exampleDeckDir, expectOneLineError, runCli} from '../helpers.js';

// The language the built CLI shows, decided once for --print, validate and the presenter:
// --lang (with its aliases), the remembered place, the locale. The example deck's first slide
// is titled 最簡單的 bideck 投影片 in Traditional, 最简单的 bideck 投影片 in Simplified.

const traditionalTitle = '最簡單的 bideck 投影片';
const simplifiedTitle = '最简单的 bideck 投影片';
const print = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(['--print', '--deck', exampleDeckDir, ...args], {env});

/** The example deck in English only. */
const englishDeck = () => deckCopy(englishOnly);

describe('--lang with --print', () => {
	it('zh-cn prints the deck converted to Simplified Chinese', () => {
		const result = print(['--lang', 'zh-cn']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(simplifiedTitle);
		expect(result.stdout).toContain('结构放在 slides/');
		expect(result.stdout).not.toContain(traditionalTitle);
	});

	it('ZH-hant (any case) and zh-TW print Traditional Chinese', () => {
		for (const lang of ['ZH-hant', 'zh-TW']) {
			const result = print(['--lang', lang]);
			expect(result.code, lang).toBe(0);
			expect(result.stdout, lang).toContain(traditionalTitle);
			expect(result.stdout, lang).not.toContain(simplifiedTitle);
		}
	});

	it('both still prints every language of the deck, Traditional and English', () => {
		const {stdout} = print(['--lang', 'both']);
		expect(stdout).toContain('A minimal bideck deck');
		expect(stdout).toContain(traditionalTitle);
	});

	it('a deck without zh-Hant refuses zh-Hans and zh-cn with the usage error listing its languages', () => {
		const dir = englishDeck();
		// The message itself is in the language asked for: the program's own messages have zh-Hant.
		for (const lang of ['zh-Hans', 'zh-cn']) {
			expectOneLineError(runCli(['--print', '--deck', dir, '--lang', lang]), 2, new RegExp(`^bideck: --lang ${lang}：此投影片没有这种语言（可用：en；`));
		}
		// Without --lang, a Simplified locale is no error: the deck is shown in English.
		const result = runCli(['--print', '--deck', dir], {env: {LANG: 'zh_CN.UTF-8'}});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('A minimal bideck deck');
	});
});

describe('the locale', () => {
	it('LANG=zh_CN.UTF-8 or zh_SG picks Simplified; zh_TW, zh_HK pick Traditional; LC_ALL wins', () => {
		for (const LANG of ['zh_CN.UTF-8', 'zh_SG.UTF-8']) expect(print([], {LANG}).stdout, LANG).toContain(simplifiedTitle);
		for (const LANG of ['zh_TW.UTF-8', 'zh_HK.UTF-8']) expect(print([], {LANG}).stdout, LANG).toContain(traditionalTitle);
		expect(print([], {LANG: 'zh_TW.UTF-8', LC_ALL: 'zh_CN.UTF-8'}).stdout).toContain(simplifiedTitle);
	});

	it('validate and --help speak Simplified under zh_CN, and with --lang zh-cn', () => {
		const validate = runCli(['validate', exampleDeckDir], {env: {LANG: 'zh_CN.UTF-8'}});
		expect(validate.code).toBe(0);
		expect(validate.stdout).toMatch(/examples\/minimal：共 3 页，语言 en, zh-Hant：没有问题$/m);
		expect(runCli(['--help', '--lang', 'zh-cn']).stdout).toContain('在终端机播放一种或多种语言的投影片');
		expect(runCli(['--help'], {env: {LANG: 'zh_HK.UTF-8'}}).stdout).toContain('在終端機播放一種或多種語言的投影片');
	});
});

// The presenter needs a terminal: tmux at 100×30, with a locale that names no language, so that
// only the remembered place can pick Simplified.
describe('a remembered Simplified place, in a real terminal', () => {
	const socket = `bideck-language-${process.pid}`;
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-u', ...args], {encoding: 'utf8'});
	afterAll(() => {
		spawnSync('tmux', ['-L', socket, 'kill-server']);
	});

	async function waitForText(needle: string, timeout = 8000): Promise<string> {
		const started = Date.now();
		let text = '';
		while (Date.now() - started < timeout) {
			text = tmux('capture-pane', '-p', '-t', 'bideck');
			if (text.includes(needle)) return text;
			await new Promise(resolve => setTimeout(resolve, 50));
		}
		throw new Error(`timed out waiting for ${JSON.stringify(needle)}; the screen was:\n${text}`);
	}

	it('reopens in Simplified on the slide it was left on, without --lang', async () => {
		expect(savePlace(placesFile(), exampleDeckDir, {slide: 'structure', language: 'zh-Hans'})).toBeUndefined();
		const command = `${process.execPath} ${cliPath} --deck ${exampleDeckDir}; echo "EXIT:$?"; sleep 60`;
		tmux('new-session', '-d', '-s', 'bideck', '-x', '100', '-y', '30', 'env', '-u', 'CI', 'LANG=C.UTF-8', 'LC_ALL=C.UTF-8', 'sh', '-c', command);
		const screen = await waitForText('2/3');
		expect(screen).toContain('结构放在 slides/');
		expect(screen).not.toContain('結構放在 slides/');
		expect(screen.split('\n').filter(Boolean).at(-1)).toMatch(/ 简体中文 /);
		tmux('send-keys', '-t', 'bideck', 'q');
		await waitForText('EXIT:0');
	});
});
