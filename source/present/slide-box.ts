import type {SlideKind} from '../deck/deck-schema.js';
import {clip, type Line} from '../text/layout.js';
import {borders, type Look} from '../text/styles.js';

// What a slide's box holds, as plain data: SlideView draws it with Ink, the first frame
// (first-frame.ts) with SGR codes, so the two cannot differ.

/** The lines shown in a box of `rows` rows: a slide taller than the box is cut at a line
 * boundary, its last row a visible "more" marker, never overflowing the terminal. */
export function slideBox(kind: SlideKind, lines: Line[], rows: number, moreLabel: string) {
	const visible = clip(lines, rows, [{text: moreLabel, style: 'label'}]);
	return {visible, centred: kind === 'title', border: kind === 'appendix' ? borders.appendix : borders.slide};
}

/** The status bar's parts (see status-line.ts). */
export const statusLooks = {
	position: {bold: true, color: 'black', backgroundColor: 'cyan'},
	filled: {color: 'cyan'},
	empty: {color: 'gray'},
	language: {bold: true, color: 'cyanBright'},
	hints: {color: 'gray'},
} as const satisfies Record<string, Look>;
