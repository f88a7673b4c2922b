import {parse, postprocess, preprocess} from 'micromark';
import type {Emphasis, InlineRun} from './inline.js';

// The parsing half of inline.ts, loaded only for a deck whose text holds markers. micromark gives
// the concrete tokens with their offsets; the displayed text is the source text minus the marker
// tokens (the ** * _ ` sequences, the padding space of `` `code` ``, an escape's backslash), so
// that spaces and line breaks stay exactly as written. A deck string is never a block: headings,
// lists, quotes, code blocks and rules are turned off ("# x" and "- x" stay text), as are links,
// images, HTML and character references, which deck text has never meant.

const disable = {
	null: [
		'blockQuote',
		'codeFenced',
		'codeIndented',
		'definition',
		'headingAtx',
		'htmlFlow',
		'list',
		'setextUnderline',
		'thematicBreak',
		'autolink',
		'characterReference',
		'hardBreakEscape',
		'hardBreakTrailing',
		'htmlText',
		'labelEnd',
		'labelStartImage',
		'labelStartLink',
	],
};

const markerTokens = new Set(['strongSequence', 'emphasisSequence', 'codeTextSequence', 'codeTextPadding', 'escapeMarker']);
const emphasisOf: Record<string, keyof Emphasis> = {strong: 'bold', emphasis: 'italic', codeText: 'code'};

export function parseInline(text: string): InlineRun[] {
	const events = postprocess(parse({extensions: [{disable}]}).document().write(preprocess()(text, undefined, true)));
	// Where the emphasis changes, and which ranges are markers; every other character is shown.
	const depth: Record<keyof Emphasis, number> = {bold: 0, italic: 0, code: 0};
	const changes: Array<{at: number; emphasis: Emphasis}> = [];
	const dropped: Array<[number, number]> = [];
	const current = (): Emphasis => ({...(depth.bold > 0 && {bold: true}), ...(depth.italic > 0 && {italic: true}), ...(depth.code > 0 && {code: true})});
	for (const [kind, token] of events) {
		if (kind === 'enter' && markerTokens.has(token.type)) dropped.push([token.start.offset, token.end.offset]);
		const name = emphasisOf[token.type];
		if (!name) continue;
		depth[name] += kind === 'enter' ? 1 : -1;
		changes.push({at: kind === 'enter' ? token.start.offset : token.end.offset, emphasis: current()});
	}

	const runs: InlineRun[] = [];
	const add = (from: number, to: number, emphasis: Emphasis) => {
		if (from >= to) return;
		const piece = text.slice(from, to);
		const last = runs.at(-1);
		if (last && sameEmphasis(last.emphasis, emphasis)) last.text += piece;
		else runs.push(Object.keys(emphasis).length > 0 ? {text: piece, emphasis} : {text: piece});
	};
	// Walk the text once: between two boundaries (a change of emphasis or a marker's edge) the
	// emphasis is constant and the text is either all shown or all marker.
	let emphasis: Emphasis = {};
	let change = 0;
	let drop = 0;
	let at = 0;
	while (at < text.length) {
		while (change < changes.length && changes[change]!.at <= at) emphasis = changes[change++]!.emphasis;
		if (drop < dropped.length && dropped[drop]![0] <= at) {
			at = Math.max(at, dropped[drop++]![1]);
			continue;
		}
		const next = Math.min(changes[change]?.at ?? text.length, dropped[drop]?.[0] ?? text.length, text.length);
		add(at, next, emphasis);
		at = next;
	}
	return runs.length > 0 ? runs : [{text: ''}];
}

function sameEmphasis(a: Emphasis | undefined, b: Emphasis): boolean {
	return Boolean(a?.bold) === Boolean(b.bold) && Boolean(a?.italic) === Boolean(b.italic) && Boolean(a?.code) === Boolean(b.code);
}
