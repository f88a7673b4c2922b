import {describe, expect, it} from 'vitest';
import {expectOneLineError, runCli} from '../helpers.js';
import {folderWith} from './folders.js';

// A Markdown deck's problems, as `bideck validate` reports them: every one in one run, each at
// the file:line:column where it is written, in the reader's language.

const front = (language: string, languages = '[en, zh-Hant]') => `---\ntitle: Trams ${language}\nlanguages: ${languages}\n---\n`;
const slide = (meta: string, body: string) => `\n<!-- slide: ${meta}\n-->\n\n${body}\n`;

describe('a Markdown deck with problems', () => {
	it('reports each file\'s problems, located, and where the language files disagree', () => {
		const dir = folderWith({
			'deck.en.md': [
				front('en'),
				slide('intro\nkind: title', '# Trams\n\nA thesis.\n\nAnother paragraph.'),
				'\n---\n',
				slide('routes\nkind: overveiw', '# Routes\n\n- One\n- Two'),
				'\n---\n',
				'# A slide without its comment\n',
			].join(''),
			'deck.zh-Hant.md': [front('zh-Hant'), slide('intro\nkind: title', '# 電車'), '\n---\n', slide('route\nkind: overview\npart: 1\nparts: 2', '# 路線\n\n- 一\n- 二')].join(''),
		});
		const result = runCli(['validate', dir]);
		expect(result.code).toBe(1);
		const lines = result.stdout.trimEnd().replaceAll(`${dir}/`, '').split('\n');
		expect(lines).toEqual(
			expect.arrayContaining([
				'deck.en.md:14:1: a slide has one paragraph (the thesis): this is a second one (separate slides with a line "---")',
				'deck.en.md:28:1: a slide starts with a comment naming it: <!-- slide: id … -->',
				'deck.zh-Hant.md:14:13: slide 2 "route": slide: "route" here but "routes" in deck.en.md',
				'deck.zh-Hant.md:15:7: slide 2 "route": kind: "overview" here but "overveiw" in deck.en.md',
				'deck.zh-Hant.md:16:7: slide 2 "route": part: 1 here but absent in deck.en.md',
				expect.stringMatching(/^deck\.en\.md:19:7: slide 2 "routes": kind: unknown kind "overveiw" .*did you mean "overview"/),
			]),
		);
		expect(lines.at(-1)).toMatch(/: \d+ problems$/);
	}, 20_000);

	it('names a missing language file, a file whose language is not listed, front matter and YAML mistakes', () => {
		const dir = folderWith({
			'deck.en.md': `---\ntitle: Trams\nlanguages: [en, ja]\nlanguage: en\n---\n${slide('a\nkind: [title', '# A')}`,
			'deck.fr.md': `${front('fr', '[en, ja]')}${slide('a\nkind: title', '# A')}`,
			'deck.de.md': '# No front matter\n',
		});
		const lines = runCli(['validate', dir]).stdout.replaceAll(`${dir}/`, '').split('\n');
		expect(lines).toEqual(
			expect.arrayContaining([
				'deck.en.md:3:17: languages.1: no text for language "ja"',
				'deck.en.md:4:1: front matter: unknown key "language" (the keys are title, languages, sections, ui) (did you mean "languages"?)',
				expect.stringMatching(/^deck\.en\.md:9:1: slide comment: not valid YAML \(/),
				'deck.fr.md:1:1: "fr" is not one of the deck\'s languages (en, ja): add it to languages, or rename the file',
				'deck.de.md:1:1: a deck file starts with front matter: a line "---", the title: and languages: in YAML, and "---"',
			]),
		);
	});

	it('in Chinese with --lang zh; --deck on a broken Markdown deck: one line, pointing at validate', () => {
		const dir = folderWith({'deck.en.md': `${front('en', '[en]')}${slide('a\nkind: title', '# A\n\n## B\n\n## C')}`});
		expect(runCli(['validate', dir, '--lang', 'zh']).stdout).toContain('deck.en.md:14:4：一張投影片只有一個## 標題（副標題）：這是第二個（投影片之間以一行「---」分隔）');
		expectOneLineError(runCli(['--deck', dir, '--print']), 1, /^bideck: cannot load the deck: .*deck\.en\.md:14:4: a slide has one ## heading/);
	});
});
