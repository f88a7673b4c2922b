import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {readMarkdownSource} from '../../source/deck/markdown/read.js';
import {runCli} from '../helpers.js';

// Exports keep their shape whatever the deck's text holds: a line break or Markdown syntax in a
// title, point, term or note never starts a heading, list item, quote, rule or code block of its
// own in the Markdown export (the Markdown deck format: read back, it is the same deck); in the text export a point's lines stay under its bullet; in the
// HTML export a note's lines are <br>-separated.

/** Text with a line break before each kind of Markdown block, and inline syntax on one line. */
const hostile = (name: string) =>
	[`${name} # not a heading`, '## heading', '- item', '* star', '1. one', '2) two', '> quote', '---', '===', '    code', '```', '~~~', '<div>html</div>', '| a | b |', '*em* _u_ [link](x) `code` &amp; ~~s~~ \\', '', '+ plus'].join('\n');

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

/** A deck text as shown: its lines trimmed, blank ones dropped. */
const shown = (text: string) =>
	text
		.split('\n')
		.map(line => line.trim())
		.filter(Boolean)
		.join('\n');
/** A line as the Markdown export writes it when it would start a block: a backslash first
 * ("\\# not a heading", "1\\. one"). */
const escaped = (line: string) => (/^\d+[.)]/.test(line) ? line.replace(/^(\d+)/, '$1\\') : /^(#|>|[-+*](\s|$)|[=-]+$|```|~~~|<)/.test(line) ? `\\${line}` : line);

describe('the Markdown export keeps its shape', () => {
	const deck = hostileDeck();
	const exported = (language: string) => runCli(['--print', '--format', 'markdown', '--lang', language, '--deck', deck]);

	it('is a Markdown deck file: read back, the same slides, fields, points and entries, each line of a text a line', () => {
		for (const language of ['en', 'zh-Hant']) {
			const result = exported(language);
			expect(result.code).toBe(0);
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-shape-'));
			made.push(dir);
			fs.writeFileSync(path.join(dir, `deck.${language}.md`), result.stdout);
			const source = readMarkdownSource(dir);
			expect(source.problems).toEqual([]);
			const original = JSON.parse(fs.readFileSync(path.join(deck, 'locales', language, 'deck.json'), 'utf8'));
			const read = source.languages[language]!.text!.value as typeof original;
			expect(read.title).toBe(original.title);
			const a = original.slides.a;
			// Block texts keep their line breaks; a line that would start a block is escaped.
			const block = (text: string) => shown(text).split('\n').map(escaped).join('\n');
			for (const field of ['thesis', 'quote']) expect(read.slides.a[field], field).toBe(block(a[field]));
			expect(read.slides.a.points).toEqual(a.points.map(block));
			expect(read.slides.a.notes).toBe(shown(a.notes).replaceAll('-->', '--\\>'));
			// A heading is one line.
			for (const field of ['title', 'subtitle', 'speaker', 'role']) expect(read.slides.a[field], field).toBe(escaped(shown(a[field]).replaceAll('\n', ' ')));
			// A glossary entry is one list item, "- **term** — text", its text's lines under it. (Read
			// back, an entry whose term holds unbalanced emphasis marks, as these do, is a point.)
			const glossary = result.stdout.slice(result.stdout.indexOf('<!-- slide: b'));
			const items = glossary.split('\n').filter(line => /^[-*+] /.test(line));
			expect(items).toHaveLength(2);
			for (const [index, item] of items.entries()) expect(item).toMatch(new RegExp(`^- \\*\\*${language} term ${index + 1} # not a heading ## heading - item \\* star .*\\*\\* — ${language} text ${index + 1} # not a heading\\\\$`));
			for (const line of glossary.split('\n').filter(line => line && !/^([-*+] |<!--|-->|# |\w+:)/.test(line))) expect(line).toMatch(/^ {2}\S/);
		}
	});

	it('with both languages: each language\'s file in turn, under a heading naming it', () => {
		const result = exported('both');
		expect(result.code).toBe(0);
		const headings = result.stdout.split('\n').filter(line => /^# .*[:：] ?deck\.[\w-]+\.md$/.test(line));
		expect(headings).toEqual(['# English: deck.en.md', '# 繁體中文：deck.zh-Hant.md']);
		const [, english, chinese] = result.stdout.split(/^# .*deck\.[\w-]+\.md\n\n/m);
		const both = (text: string) => text.replace('languages: [en]', 'languages: [en, zh-Hant]').replace('languages: [zh-Hant]', 'languages: [en, zh-Hant]');
		expect(english).toBe(both(exported('en').stdout) + '\n');
		expect(chinese).toBe(both(exported('zh-Hant').stdout));
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
