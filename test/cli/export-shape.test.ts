import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {runCli} from '../helpers.js';

// Exports keep their shape whatever the deck's text holds: a line break or Markdown syntax in a
// title, point, term or note never starts a heading, list item, quote, rule or code block of its
// own in the Markdown export; in the text export a point's lines stay under its bullet; in the
// HTML export a note's lines are <br>-separated.

/** Text with a line break before each kind of Markdown block, and inline syntax on one line. */
const hostile = (name: string) =>
	[`${name} # not a heading`, '## heading', '- item', '* star', '1. one', '2) two', '> quote', '---', '===', '    code', '```', '~~~', '<div>html</div>', '| a | b |', '*em* _u_ [link](x) `code` &amp; ~~s~~ \\', '', '+ plus'].join('\n');
const inlineOnly = /[`[<|&_#~]/g;

const made: string[] = [];
afterAll(() => {
	for (const dir of made) fs.rmSync(dir, {recursive: true, force: true});
});

/** A deck of two slides (a speaker slide with every field, a glossary) in English and Chinese. */
function hostileDeck(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-shape-'));
	made.push(dir);
	fs.mkdirSync(path.join(dir, 'slides'));
	fs.writeFileSync(path.join(dir, 'slides', 'deck.json'), JSON.stringify({languages: ['en', 'zh-Hant'], slides: [{id: 'a', kind: 'speaker'}, {id: 'b', kind: 'glossary'}]}));
	for (const language of ['en', 'zh-Hant']) {
		const h = (field: string) => hostile(`${language} ${field}`);
		const text = {
			title: h('deck'),
			slides: {
				a: {title: h('title'), subtitle: h('subtitle'), speaker: h('speaker'), role: h('role'), thesis: h('thesis'), points: [h('point 1'), h('point 2'), h('point 3')], quote: h('quote'), notes: h('notes')},
				b: {title: h('glossary'), entries: [{term: h('term 1'), text: h('text 1')}, {term: h('term 2'), text: h('text 2')}]},
			},
		};
		fs.mkdirSync(path.join(dir, 'locales', language), {recursive: true});
		fs.writeFileSync(path.join(dir, 'locales', language, 'deck.json'), JSON.stringify(text));
	}
	return dir;
}

/** Whether what follows a block's prefix on a line would begin a block of its own (CommonMark:
 * ATX heading, quote, bullet or ordered item, setext underline or rule, fence, HTML, indented
 * code, a GFM table row). */
const startsBlock = /^(#{1,6}(\s|$)|>|[-+*](\s|$)|\d{1,9}[.)](\s|$)|[=-]+\s*$|([-*_])\s*(\2\s*){2,}$|`{3}|~{3}|<|\||\s)/;

describe('the Markdown export keeps its shape', () => {
	const deck = hostileDeck();
	const result = runCli(['--print', '--format', 'markdown', '--lang', 'both', '--deck', deck]);
	const lines = result.stdout.split('\n');

	it('one heading per slide and language (and the deck title), one list item per point and entry', () => {
		expect(result.code).toBe(0);
		const headings = lines.filter(line => /^ {0,3}#{1,6}(\s|$)/.test(line));
		expect(headings).toHaveLength(1 + 2 * 2);
		for (const heading of headings.slice(1)) expect(heading).toMatch(/^## [12]\. (en|zh-Hant) (title|glossary) \\# not a heading \\#\\# heading - item/);
		const items = lines.filter(line => /^ {0,3}([-+*]|\d{1,9}[.)])(\s|$)/.test(line));
		expect(items).toHaveLength((3 + 2) * 2);
		for (const item of items) expect(item).toMatch(/^- (\*\*)?(en|zh-Hant) (point|term) \d \\# not a heading\\$/);
	});

	it('every other line continues its block: a hard break before it, nothing that starts a block', () => {
		let previous = '';
		let inItem = false;
		for (const [index, line] of lines.entries()) {
			const where = `line ${index + 1}: ${JSON.stringify(line)}`;
			if (line === '' || line === '>') {
				inItem = false;
			} else if (/^#{1,2} /.test(line)) {
				expect(previous, where).toBe('');
			} else if (line.startsWith('- ')) {
				inItem = true;
				expect(line.slice(2), where).not.toMatch(startsBlock);
			} else if (line.startsWith('  ')) {
				expect(inItem, where).toBe(true);
				expect(previous.endsWith('\\'), where).toBe(true);
				expect(line.slice(2), where).not.toMatch(startsBlock);
			} else if (line.startsWith('> ')) {
				expect(previous === '' || previous === '>' || previous.endsWith('\\'), where).toBe(true);
				expect(line.slice(2), where).not.toMatch(startsBlock);
			} else {
				// A paragraph: its first line after a blank, the rest after a hard break.
				expect(previous === '' || previous.endsWith('\\'), where).toBe(true);
				expect(line, where).not.toMatch(startsBlock);
			}
			previous = line;
		}
	});

	it('inline syntax shows as text: every `, [, <, |, &, _, #, ~ of the deck is backslash-escaped', () => {
		for (const [index, line] of lines.entries()) {
			const text = line.replace(/^#{1,2} /, ''); // the export's own heading marks
			for (const match of text.matchAll(inlineOnly)) {
				const backslashes = /\\*$/.exec(text.slice(0, match.index))![0].length;
				expect(backslashes % 2, `line ${index + 1}, column ${match.index + 1}: ${line}`).toBe(1);
			}
		}
		expect(result.stdout).toContain('\\*em\\* \\_u\\_ \\[link\\](x) \\`code\\` \\&amp; \\~\\~s\\~\\~ \\\\');
	});
});

describe('the text export keeps a point under its bullet', () => {
	it("each line of a point is indented under the point's bullet", () => {
		const result = runCli(['--print', '--lang', 'en', '--deck', hostileDeck()]);
		expect(result.code).toBe(0);
		const lines = result.stdout.split('\n');
		const start = lines.findIndex(line => line.startsWith('• en point 1 '));
		expect(start).toBeGreaterThan(0);
		const end = lines.findIndex((line, index) => index > start && line.startsWith('• '));
		const body = lines.slice(start + 1, end);
		expect(body).toContain('  ## heading');
		expect(body).toContain('  - item');
		expect(body).toContain('  + plus');
		for (const line of body) expect(line === '' || line.startsWith('  '), JSON.stringify(line)).toBe(true);
	});
});

describe('the HTML export', () => {
	it("breaks a note's lines with <br>, its syntax shown as text", () => {
		const result = runCli(['--print', '--format', 'html', '--lang', 'en', '--deck', hostileDeck()]);
		expect(result.code).toBe(0);
		const notes = /<div class="row group-notes notes">(.*?)<\/div>/s.exec(result.stdout)?.[1] ?? '';
		expect(notes).toContain('en notes # not a heading<br>## heading<br>- item');
		expect(notes).toContain('&#60;div&#62;html&#60;/div&#62;');
		expect(notes).not.toContain('\n');
	});
});
