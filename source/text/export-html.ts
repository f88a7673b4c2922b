import {createHash} from 'node:crypto';
import {chromeFor, deckTitle, type I18n} from '../deck/i18n.js';
import type {Deck} from '../deck/load-deck.js';
import {slideContent, type SlideContent} from '../deck/slide-content.js';
import {inlineRuns, plainText, type Emphasis} from './inline.js';
import {layoutBlocks, type Block, type Line} from './layout.js';

// --print --format html: the deck as one self-contained page for reading on a phone, sharing or
// printing. The languages stand side by side block by block, the same pairing as the TUI's
// bilingual view (layoutBlocks), and stack on a narrow screen. No script, no external request:
// a Content-Security-Policy forbids both, so a hostile deck can at worst show odd text.

export type HtmlOptions = {
	languages: readonly string[];
	/** Start in compact handout mode (several slides per printed page) instead of one per page. */
	compact: boolean;
};

/** Escapes text for an HTML element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
}

// A block is laid out on one line per paragraph: the browser wraps, not us.
const unwrapped = 1_000_000;

// Regular text in the system's UI font; CJK text in a font that has Traditional Chinese glyphs
// (the lang attribute picks it, so 骨/直 get their Hong Kong/Taiwan shapes).
const style = `
:root{color-scheme:light;--ink:#1b1f23;--muted:#5b6470;--accent:#0b6f8a;--rule:#c9d3dc;--yellow:#f2c200}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:80rem;padding:1rem;color:var(--ink);background:#fff;line-height:1.55;overflow-wrap:anywhere;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"PingFang TC","Noto Sans CJK TC","Microsoft JhengHei",sans-serif}
:lang(zh-Hant),:lang(zh-TW),:lang(zh-HK){font-family:"PingFang TC","PingFang HK","Noto Sans CJK TC","Noto Sans TC","Source Han Sans TC","Microsoft JhengHei","Heiti TC",system-ui,sans-serif}
:lang(zh-Hans),:lang(zh-CN){font-family:"PingFang SC","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","Microsoft YaHei",system-ui,sans-serif}
h1{font-size:1.6rem;margin:.5rem 0 1rem;color:var(--accent)}
h1 span,.toc-title span{display:block}
.row{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(0,1fr);gap:0 2rem}
.row>*{margin:0;min-width:0}
.toc{border:1px solid var(--rule);border-radius:.5rem;padding:.5rem 1rem;margin-bottom:1.5rem}
.toc-title{font-weight:bold;margin:.25rem 0}
.toc ol{margin:0;padding-left:2.2rem}
.toc li{margin:.2rem 0}
.toc a{color:inherit;text-decoration:none;display:grid;grid-auto-flow:column;grid-auto-columns:minmax(0,1fr);gap:0 1.5rem}
.toc a:hover,.toc a:focus{text-decoration:underline}
.toc .appendix{color:var(--muted)}
.badge{background:var(--yellow);color:#000;font-weight:bold;font-size:.8em;padding:0 .3em;border-radius:.2em}
.controls{margin:.5rem 0 0;color:var(--muted);font-size:.9rem}
.slide{border:2px solid var(--accent);border-radius:.6rem;padding:.75rem 1.25rem 1rem;margin:0 0 1.5rem}
.slide.appendix{border-color:var(--yellow)}
.position{color:var(--muted);font-size:.85rem;margin:0 0 .25rem}
.position a{color:inherit}
.group-thesis,.group-quote,.group-notes{margin-top:.75rem}
.row:not(.group-list)+.group-list{margin-top:.75rem}
.row+.row{margin-top:.35rem}
.s-title{font-size:1.3rem;font-weight:bold;color:var(--accent);line-height:1.3}
.s-subtitle{color:var(--accent)}
.s-marker{background:var(--yellow);color:#000;font-weight:bold;padding:0 .25em}
.s-speaker{font-weight:bold;color:#17753a}
.s-role{color:#2f7d4a}
.s-thesis{font-weight:600;color:#6a4b00}
.s-term{font-weight:bold}
.s-quote{font-style:italic;color:#8a2a7b}
.item{padding-left:1.2em;text-indent:-1.2em}
.bullet{color:var(--accent);display:inline-block;width:1.2em;text-indent:0}
.refs{display:block;padding-left:1.2em;text-indent:0;color:var(--muted);font-size:.85em}
.quote{padding-left:1rem;border-left:3px solid #d9b8d3}
.notes{color:var(--muted);font-size:.92rem}
.label{font-weight:bold;color:var(--accent)}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Noto Sans Mono CJK TC",monospace;font-size:.92em;background:#eef1f4;padding:0 .2em;border-radius:.2em}
@media (max-width:40rem){
body{padding:.6rem}
.row,.toc a{grid-auto-flow:row;gap:.15rem}
.row>*+*{border-top:1px dashed var(--rule);padding-top:.15rem}
.toc a>*+*{color:var(--muted)}
.slide{padding:.6rem .8rem}
}
@page{size:A4;margin:14mm 12mm 16mm;@bottom-center{content:counter(page) " / " counter(pages);font-size:9pt;color:#555}}
@media print{
body{max-width:none;padding:0;font-size:9.5pt;line-height:1.4}
.s-title{font-size:13pt}
.refs{font-size:7.5pt}
.controls{display:none}
.toc{break-after:page;border:0;padding:0}
.slide{break-before:page;break-inside:avoid;border-width:1.5px;margin:0}
body:has(#compact:checked) .slide{break-before:auto;margin:0 0 4mm;padding:2mm 4mm;font-size:8.5pt}
body:has(#compact:checked) .s-title{font-size:11pt}
a{color:inherit;text-decoration:none}
}
`.trim();

const cspHash = createHash('sha256').update(style).digest('base64');
// Nothing may load or run: only this page's own stylesheet (by hash), no scripts, images, fonts,
// frames, form posts or base URL changes.
const csp = `default-src 'none'; style-src 'sha256-${cspHash}'; img-src 'none'; font-src 'none'; script-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`;

/** Escaped text in the tags of its inline emphasis: <strong>, <em>, <code>. */
function emphasised(text: string, emphasis: Emphasis | undefined): string {
	let html = escapeHtml(text);
	if (emphasis?.code) html = `<code>${html}</code>`;
	if (emphasis?.italic) html = `<em>${html}</em>`;
	if (emphasis?.bold) html = `<strong>${html}</strong>`;
	return html;
}

/** Deck text as HTML: escaped, its inline emphasis as tags, line breaks as <br>. */
export const inlineHtml = (text: string): string => inlineRuns(text).map(run => emphasised(run.text, run.emphasis).replace(/\n/g, '<br>')).join('');

function spans(line: Line): string {
	return line
		.map((span, index) => {
			if (span.style === 'bullet') return span.text.trim() ? `<span class="bullet" aria-hidden="true">${escapeHtml(span.text.trim())}</span>` : '';
			// A quote's indent is the screen's: the page indents the block itself.
			if (span.style === 'quote' && index === 0 && !span.text.trim()) return '';
			return `<span class="s-${span.style}">${emphasised(span.text, span.emphasis)}</span>`;
		})
		.join('');
}

/** One block in one language: its lines (paragraphs of the text), and for a point, where it
 * comes from in the article. */
function cell(block: Block | undefined, language: string, tag: string, references: string[]): string {
	if (!block) return `<div lang="${escapeHtml(language)}"></div>`;
	const item = block.lines[0]?.[0]?.style === 'bullet';
	const body = block.lines.map(spans).join('<br>');
	const refs = references.length > 0 ? `<small class="refs">${references.map(reference => `↳ ${escapeHtml(reference)}`).join('<br>')}</small>` : '';
	const classes = [item ? 'item' : '', block.group === 'quote' ? 'quote' : ''].filter(Boolean).join(' ');
	return `<${tag} lang="${escapeHtml(language)}"${classes ? ` class="${classes}"` : ''}>${body}${refs}</${tag}>`;
}

/** The slide's blocks, language beside language, block i beside block i. */
function slideRows(contents: SlideContent[], languages: readonly string[]): string[] {
	const blocks = contents.map(content => layoutBlocks(content, unwrapped));
	const pointCounts = contents.map(content => content.text.points?.length ?? 0);
	const rows: string[] = [];
	const count = Math.max(...blocks.map(list => list.length));
	for (let index = 0; index < count; index++) {
		const group = blocks.map(list => list[index]).find(Boolean)!.group;
		const tag = index === 0 ? 'h2' : group === 'quote' ? 'blockquote' : 'p';
		const cells = languages.map((language, l) => {
			const block = blocks[l]![index];
			// The thesis, each point (first among the list blocks, in order) and the quote carry
			// their references, as in the sources view.
			const listIndex = blocks[l]!.slice(0, index).filter(candidate => candidate.group === 'list').length;
			const rows = contents[l]!.sourceRows;
			const reference =
				block?.group === 'thesis'
					? rows.find(row => row.field === 'thesis')?.reference
					: block?.group === 'quote'
						? rows.find(row => row.field === 'quote')?.reference
						: block?.group === 'list' && listIndex < pointCounts[l]!
							? rows.filter(row => row.field === 'point')[listIndex]?.reference
							: undefined;
			return cell(block, language, tag, reference ? [reference] : []);
		});
		rows.push(`<div class="row group-${group}">${cells.join('')}</div>`);
	}
	return rows;
}

function notesRow(contents: SlideContent[], languages: readonly string[], i18n: I18n): string | undefined {
	if (!contents.some(content => content.text.notes)) return undefined;
	const cells = languages.map((language, l) => {
		const notes = contents[l]!.text.notes;
		const label = chromeFor(i18n, language)('slide.notes').trim();
		return `<p lang="${escapeHtml(language)}">${notes ? `<span class="label">${escapeHtml(label)}</span> ${inlineHtml(notes)}` : ''}</p>`;
	});
	return `<div class="row group-notes notes">${cells.join('')}</div>`;
}

/** The same chrome string in each of the page's languages, each tagged with its language. */
function chromeSpans(i18n: I18n, languages: readonly string[], key: string, separator = ''): string {
	return languages.map(language => `<span lang="${escapeHtml(language)}">${escapeHtml(chromeFor(i18n, language)(key))}</span>`).join(separator);
}

/** The whole deck as one HTML page. */
export function exportHtml(deck: Deck, i18n: I18n, options: HtmlOptions): string {
	const {languages} = options;
	const slides = deck.structure.slides;
	const total = slides.length;
	const anchor = (index: number) => `slide-${index + 1}`;
	const contentsOf = slides.map((_, index) => languages.map(language => slideContent(deck, i18n, language, index)));

	const toc = slides.map((meta, index) => {
		const titles = contentsOf[index]!.map((content, l) => {
			const title = content.heading;
			const badge = meta.kind === 'appendix' ? ` <span class="badge">${escapeHtml(chromeFor(i18n, languages[l]!)('handout.appendix'))}</span>` : '';
			return `<span lang="${escapeHtml(languages[l]!)}">${inlineHtml(title)}${badge}</span>`;
		});
		return `<li${meta.kind === 'appendix' ? ' class="appendix"' : ''}><a href="#${anchor(index)}">${titles.join('')}</a></li>`;
	});

	const sections = slides.map((meta, index) => {
		const contents = contentsOf[index]!;
		const position = chromeFor(i18n, languages[0]!)('status.position', {current: index + 1, total});
		const notes = notesRow(contents, languages, i18n);
		return [
			`<section class="slide ${meta.kind}" id="${anchor(index)}" aria-labelledby="${anchor(index)}-title">`,
			`<p class="position"><a href="#contents" id="${anchor(index)}-title">${escapeHtml(position)}</a></p>`,
			...slideRows(contents, languages),
			...(notes ? [notes] : []),
			'</section>',
		].join('\n');
	});

	const title = languages.map(language => plainText(deckTitle(i18n, language))).join(' · ');
	return [
		'<!doctype html>',
		`<html lang="${escapeHtml(languages[0]!)}">`,
		'<head>',
		'<meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
		'<meta name="referrer" content="no-referrer">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(title)}</title>`,
		`<style>${style}</style>`,
		'</head>',
		'<body>',
		`<h1>${languages.map(language => `<span lang="${escapeHtml(language)}">${inlineHtml(deckTitle(i18n, language))}</span>`).join('')}</h1>`,
		`<nav class="toc" id="contents"><p class="toc-title">${chromeSpans(i18n, languages, 'handout.contents')}</p>`,
		`<ol>\n${toc.join('\n')}\n</ol>`,
		// A checkbox and :has() switch the print layout without a script.
		`<p class="controls"><label><input type="checkbox" id="compact"${options.compact ? ' checked' : ''}> ${chromeSpans(i18n, languages, 'handout.compact', ' · ')}</label></p>`,
		'</nav>',
		'<main>',
		...sections,
		'</main>',
		'</body>',
		'</html>',
		'',
	].join('\n');
}
