import type {SlideContent} from './slide-content.js';
import {textWidth, wrap} from './wrap.js';

// Lays a slide out as lines of styled spans for a given width. The TUI, the fit check and the
// text export all use this one layout, so what validate measures is what the screen shows.

export type Style = 'title' | 'subtitle' | 'marker' | 'speaker' | 'role' | 'thesis' | 'bullet' | 'point' | 'term' | 'quote' | 'label' | 'note';
export type Span = {text: string; style: Style};
export type Line = Span[];

/** The frame around a slide: one spare row against flicker, the status bar, the box border. */
export const frame = {spareRows: 1, statusRows: 1, borderRows: 2, borderColumns: 2, paddingColumns: 2};

/** The smallest terminal that shows a slide; below it bideck asks for a larger one. */
export const minimumSize = {columns: 40, rows: 12};

export const contentWidth = (columns: number) => columns - frame.borderColumns - frame.paddingColumns;
export const bodyRows = (rows: number) => rows - frame.spareRows - frame.statusRows - frame.borderRows;

const bullet = '• ';
const hanging = textWidth(bullet);

function paragraph(text: string, width: number, style: Style): Line[] {
	return wrap(text, width).map(line => [{text: line, style}]);
}

/** A list item: bullet on the first line, continuation lines indented under the text. */
function item(spans: Span[], width: number): Line[] {
	const joined = spans.map(span => span.text).join('');
	const lines = wrap(joined, width - hanging);
	// Re-apply the spans' styles across the wrapped lines; wrapping drops only the spaces it breaks at.
	let spanIndex = 0;
	let offset = 0;
	return lines.map((line, row) => {
		const out: Line = [{text: row === 0 ? bullet : ' '.repeat(hanging), style: 'bullet'}];
		let rest = line;
		while (rest && spanIndex < spans.length) {
			const span = spans[spanIndex]!;
			let remaining = span.text.slice(offset);
			if (out.length > 1 || row > 0) {
				const trimmed = remaining.trimStart();
				offset += remaining.length - trimmed.length;
				remaining = trimmed;
			}
			const take = rest.startsWith(remaining) ? remaining : rest;
			out.push({text: take, style: span.style});
			rest = rest.slice(take.length);
			if (take === remaining) {
				spanIndex++;
				offset = 0;
			} else {
				offset += take.length;
			}
		}
		return out;
	});
}

export function layoutSlide(content: SlideContent, width: number): Line[] {
	const {text, kind} = content;
	const groups: Line[][] = [];

	const header: Line[] = paragraph(content.partLabel ? `${text.title} ${content.partLabel}` : text.title, width, 'title');
	if (text.subtitle) header.push(...paragraph(text.subtitle, width, kind === 'appendix' ? 'marker' : 'subtitle'));
	if (text.speaker) {
		header.push(...item([{text: text.speaker, style: 'speaker'}, ...(text.role ? [{text: ` — ${text.role}`, style: 'role' as const}] : [])], width + hanging).map(line => line.slice(1)));
	}
	groups.push(header);

	if (text.thesis) groups.push(paragraph(text.thesis, width, 'thesis'));

	const list: Line[] = [];
	for (const point of text.points ?? []) list.push(...item([{text: point, style: 'point'}], width));
	for (const entry of text.entries ?? []) list.push(...item([{text: entry.term, style: 'term'}, {text: ` — ${entry.text}`, style: 'point'}], width));
	if (list.length > 0) groups.push(list);

	if (text.quote) {
		const [open, close] = content.quoteMarks;
		groups.push(wrap(`${open}${text.quote}${close}`, width - 2).map(line => [{text: `  ${line}`, style: 'quote'}]));
	}

	return groups.flatMap((group, index) => (index === 0 ? group : [[], ...group]));
}

/** The notes panel: presenter notes, then where in the article the slide comes from. */
export function layoutNotes(content: SlideContent, labels: {notes: string; source: string}, width: number): Line[] {
	const lines: Line[] = [];
	if (content.text.notes) lines.push(...item([{text: labels.notes, style: 'label'}, {text: content.text.notes, style: 'note'}], width + hanging).map(line => line.slice(1)));
	if (content.sources.length > 0) {
		lines.push(...item([{text: labels.source, style: 'label'}, {text: content.sources.join(' · '), style: 'note'}], width + hanging).map(line => line.slice(1)));
	}
	return lines;
}

export const lineText = (line: Line) => line.map(span => span.text).join('');
