import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {checkDeck} from '../../source/deck/check-deck.js';
import {deckCopy, editJson, expectOneLineError, plain, renderApp, root, runCli} from '../helpers.js';

// The built CLI on a deck with problems in several files: `bideck validate` lists them all in
// one run; `--deck` says how many there are in one line and points at validate.

/** Problems in the structure, both languages' text and a ui.json. */
function brokenDeck(): string {
	return deckCopy(dir => {
		editJson(dir, 'slides/deck.json', structure => {
			structure.slides[0].kind = 'titel';
		});
		editJson(dir, 'locales/en/deck.json', text => {
			text.slides.words.subtitel = 'x';
		});
		editJson(dir, 'locales/zh-Hant/deck.json', text => {
			delete text.slides.structure;
			text.slides.words.points.push('多出的一點');
		});
		fs.writeFileSync(path.join(dir, 'locales/en/ui.json'), '{"status": {"position": "{{curent}} of {{total}}"}}');
	});
}

describe('bideck validate on a deck broken in several files', () => {
	it('every problem of every file in one run, located, and the count; exit 1', () => {
		const dir = brokenDeck();
		const result = runCli(['validate', dir]);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('');
		const lines = result.stdout.trimEnd().split('\n').map(line => line.replace(`${dir}/`, ''));
		expect(lines).toEqual([
			expect.stringMatching(/^slides\/deck\.json:1:\d+: slide 1 "welcome": kind: unknown kind "titel" \(the kinds: title, overview, section, speaker, synthesis, glossary, appendix, content\) \(did you mean "title"\?\)$/),
			expect.stringMatching(/^locales\/en\/deck\.json:1:\d+: slide 3 "words": subtitel: unknown key \(did you mean "subtitle"\?\)$/),
			'locales/en/ui.json:1:13: status.position: unknown placeholder {{curent}}: English has no such value (did you mean "{{current}}"?)',
			expect.stringMatching(/^locales\/zh-Hant\/deck\.json:1:\d+: slide 2 "structure": missing: no text for this slide$/),
			expect.stringMatching(/^locales\/zh-Hant\/deck\.json:1:\d+: slide 3 "words": points: 3 points, but refs lists 2$/),
			expect.stringMatching(/^locales\/zh-Hant\/deck\.json:1:\d+: slide 3 "words": points: has 3 items, en has 2$/),
			`${dir}: 6 problems`,
		]);
	});

	it('names a source section by its number and id, as it names a slide, in both languages', () => {
		const dir = deckCopy(d => {
			editJson(d, 'slides/deck.json', structure => {
				structure.sections.push({id: 'format', paragraphs: 2}, {id: 'more', paragraphs: 0});
			});
			editJson(d, 'locales/en/deck.json', text => void (text.sections.format = ''));
		});
		const lines = runCli(['validate', dir]).stdout.trimEnd().split('\n').map(line => line.replace(`${dir}/`, ''));
		expect(lines).toEqual([
			expect.stringMatching(/^slides\/deck\.json:\d+:\d+: section 3 "more": paragraphs: must be more than 0$/),
			expect.stringMatching(/^slides\/deck\.json:\d+:\d+: section 2 "format": id: section id "format" is declared twice$/),
			expect.stringMatching(/^locales\/en\/deck\.json:\d+:\d+: section 1 "format": empty: needs some text$/),
			`${dir}: 3 problems`,
		]);
		expect(runCli(['validate', dir], {env: {LANG: 'zh_TW.UTF-8'}}).stdout).toMatch(/：第 2 節「format」：id：章節 id「format」宣告了兩次\n/);
	});

	it('a file that cannot be read for another reason (a link to itself: ELOOP) is one located problem, in the reader\'s language', () => {
		const dir = deckCopy(d => {
			const file = path.join(d, 'locales', 'zh-Hant', 'deck.json');
			fs.rmSync(file);
			fs.symlinkSync('deck.json', file);
		});
		expect(runCli(['validate', dir]).stdout).toContain(`${dir}/locales/zh-Hant/deck.json: cannot read the file: ELOOP\n`);
		expect(runCli(['validate', dir], {env: {LANG: 'zh_TW.UTF-8'}}).stdout).toContain(`${dir}/locales/zh-Hant/deck.json：無法讀取檔案：ELOOP\n`);
	});

	it('in Traditional Chinese under a zh_TW locale, plural-free', () => {
		const result = runCli(['validate', brokenDeck()], {env: {LANG: 'zh_TW.UTF-8'}});
		expect(result.stdout).toMatch(/：第 1 頁「welcome」：kind：未知的類型「titel」.*（是否應為「title」？）\n/);
		expect(result.stdout).toMatch(/：6 個問題\n$/);
	});

	it('--deck on it: one line with the count and the first problem, pointing at validate; exit 1', () => {
		const dir = brokenDeck();
		const pattern = new RegExp(`^bideck: cannot load the deck: 6 problems, the first: .*slides/deck\\.json:1:\\d+: slide 1 "welcome": kind: unknown kind "titel" .* \\(bideck validate ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} lists them all\\)$`);
		expectOneLineError(runCli(['--print', '--deck', dir]), 1, pattern);
		expectOneLineError(runCli(['--print', '--deck', dir], {env: {LANG: 'zh_TW.UTF-8'}}), 1, /^bideck: 無法載入投影片：共 6 個問題，第一個：.*（執行 bideck validate .* 可看到全部）$/);
	});

	it('--deck with one problem names it alone', () => {
		const dir = deckCopy(d => editJson(d, 'locales/en/deck.json', text => void (text.title = '')));
		expectOneLineError(runCli(['--print', '--deck', dir]), 1, /^bideck: cannot load the deck: .*locales\/en\/deck\.json:1:\d+: title: empty: needs some text$/);
	});
});

describe('a deck’s ui.json: only the labels it changes', () => {
	it('the rest falls back per key: to the program’s own label in that language, else English', async () => {
		const dir = deckCopy(d => {
			fs.writeFileSync(path.join(d, 'locales/zh-Hant/ui.json'), JSON.stringify({hints: {index: '目錄頁'}}));
			fs.cpSync(path.join(d, 'locales/en'), path.join(d, 'locales/fr'), {recursive: true});
			fs.writeFileSync(path.join(d, 'locales/fr/ui.json'), JSON.stringify({language: {name: 'Français'}, hints: {quit: 'quitter'}}));
			editJson(d, 'slides/deck.json', structure => void structure.languages.push('fr'));
		});
		expect(checkDeck(dir).problems).toEqual([]);
		const app = renderApp({deckDir: dir, language: 'zh-Hant'});
		const chinese = plain(await app.press('')).join('\n');
		expect(chinese).toContain('目錄頁'); // the deck's label
		expect(chinese).toContain('說明'); // the program's own Traditional Chinese for the rest
		const french = plain(await app.press('t')).join('\n');
		expect(french).toContain('quitter');
		expect(french).toContain('Français');
		expect(french).toContain('index'); // not in fr's ui.json, no program chrome in French: English
		app.unmount();
	});

	it('a key the program does not have, or one of its own messages, is a problem', () => {
		const dir = deckCopy(d => {
			fs.writeFileSync(path.join(d, 'locales/en/ui.json'), JSON.stringify({hints: {nxt: 'on'}, index: {title_few: '{{count}} slides'}, cli: {usage: 'x'}}, null, 2));
		});
		const lines = runCli(['validate', dir]).stdout.split('\n');
		expect(lines).toContainEqual(expect.stringMatching(/en\/ui\.json:3:5: hints\.nxt: unknown key \(did you mean "next"\?\)$/));
		expect(lines).toContainEqual(expect.stringMatching(/en\/ui\.json:8:3: cli: these are the program's own messages: a deck cannot change them$/));
		// A plural form English does not use is still the same key.
		expect(lines.join('\n')).not.toMatch(/title_few/);
	});
});

describe('docs/ui-keys.md', () => {
	it('is generated from the program’s English ui.json and current', () => {
		const check = spawnSync(process.execPath, [path.join(root, 'scripts/ui-keys.mjs'), '--check'], {encoding: 'utf8', timeout: 10_000});
		expect(check.stderr).toBe('');
		expect(check.status).toBe(0);
		const doc = fs.readFileSync(path.join(root, 'docs/ui-keys.md'), 'utf8');
		expect(doc).toMatch(/^\| `hints\.next` \| next \| ★ /m);
		expect(doc).not.toMatch(/`cli\.|`validate\./);
	});
});
