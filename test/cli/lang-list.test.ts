import {describe, expect, it} from 'vitest';
import {expectOneLineError, exampleDeckDir, runCli, threeLanguagesDir as threeLanguages} from '../helpers.js';

// --lang with several languages, on the built CLI: a comma list, both and all choose the
// languages --print writes, in the order given; a list that names a language the deck lacks,
// one twice or an empty item is one line on stderr and exit 2.

const print = (lang: string, deck = threeLanguages) => runCli(['--print', '--deck', deck, '--lang', lang]);
/** The language labels of the slide rules of a text export ("── 1/5 · 日本語 ──"), in order. */
const labels = (stdout: string) => [...stdout.matchAll(/^── 1\/\d+ · (.+?) ─/gm)].map(match => match[1]);

describe('--lang with several languages', () => {
	it('a comma list prints those languages, in the order given', () => {
		const result = print('ja,en');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(labels(result.stdout)).toEqual(['日本語', 'English']);
		expect(result.stdout).not.toContain('雨水花園如何運作');
	});

	it('all prints every language of the deck; both its first two', () => {
		expect(labels(print('all').stdout)).toEqual(['English', '繁體中文', '日本語']);
		expect(labels(print('both').stdout)).toEqual(['English', '繁體中文']);
		expect(labels(print('both', exampleDeckDir).stdout)).toEqual(['English', '繁體中文']);
	});

	it('aliases work inside a list (zh → zh-Hant, zh-cn → Simplified derived from it)', () => {
		expect(labels(print('zh,ja').stdout)).toEqual(['繁體中文', '日本語']);
		const simplified = print('ja,zh-cn');
		expect(simplified.code).toBe(0);
		expect(simplified.stdout).toContain('雨水花园如何运作');
		expect(simplified.stdout).not.toContain('雨水花園如何運作');
	});

	it('a list with a language the deck lacks, a repeat or an empty item: one line, exit 2', () => {
		expectOneLineError(print('en,fr'), 2, /^bideck: --lang en,fr: fr is not a language of this deck \(it has en, zh-Hant, ja, zh-Hans; zh means zh-Hant\) \(see bideck --help\)$/);
		expectOneLineError(print('ja,JA'), 2, /^bideck: --lang ja,JA: JA is named twice/);
		expectOneLineError(print('en,zh-Hant,zh-Hans'), 2, /^bideck: --lang en,zh-Hant,zh-Hans: zh-Hans is named twice \(zh-Hans is zh-Hant converted/);
		expectOneLineError(print('en,'), 2, /^bideck: --lang en,: an empty name in the list/);
		// The presenter checks the list before it needs a terminal.
		expectOneLineError(runCli(['--deck', threeLanguages, '--lang', 'en,fr']), 2, /--lang en,fr: fr is not a language/);
	});

	it('the message is in the list\'s first language when the program speaks it', () => {
		expectOneLineError(print('zh,fr'), 2, /^bideck: --lang zh,fr：fr 不是此投影片的語言/);
	});
});
