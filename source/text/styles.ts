import type {Span, Style} from './layout.js';

// How each kind of text looks, shared by the TUI (as Ink <Text> props) and the coloured text
// export (as SGR codes), so the two never drift apart. Without colours (NO_COLOR, --no-color)
// every look passes through monochrome(): the presenter's components and its first frame alike.

const colors = {
	black: 30,
	green: 32,
	yellow: 33,
	blue: 34,
	magenta: 35,
	cyan: 36,
	gray: 90,
	greenBright: 92,
	yellowBright: 93,
	magentaBright: 95,
	cyanBright: 96,
} as const;
export type Color = keyof typeof colors;

export type Look = {color?: Color; backgroundColor?: Color; bold?: boolean; italic?: boolean; inverse?: boolean};

export const looks: Record<Style, Look> = {
	title: {bold: true, color: 'cyanBright'},
	subtitle: {color: 'cyan'},
	marker: {bold: true, color: 'black', backgroundColor: 'yellow'},
	speaker: {bold: true, color: 'greenBright'},
	role: {color: 'green'},
	thesis: {color: 'yellowBright'},
	bullet: {color: 'cyan'},
	point: {},
	term: {bold: true},
	quote: {italic: true, color: 'magentaBright'},
	label: {bold: true, color: 'cyan'},
	note: {},
	match: {bold: true, color: 'black', backgroundColor: 'yellow'},
};

/** Inline `code` in deck text: on a grey ground, which without colour becomes reverse video, so
 * that it stays distinct from the text around it in every terminal. */
export const codeLook: Look = {backgroundColor: 'gray'};

/** A span's look: its style's, with the deck text's inline emphasis on top (bold and italic
 * as such, code as codeLook). */
export function spanLook(span: Span): Look {
	const look = looks[span.style];
	const {emphasis} = span;
	if (!emphasis) return look;
	return {
		...look,
		...(emphasis.bold && {bold: true}),
		...(emphasis.italic && {italic: true}),
		...(emphasis.code && codeLook),
	};
}

/** The presenter's own chrome: headings, hints, borders of its views. */
export const chromeLooks = {
	heading: {bold: true, color: 'cyanBright'},
	keycap: {bold: true, color: 'yellowBright'},
	hint: {color: 'gray'},
	indexHeading: {bold: true, color: 'greenBright'},
	filter: {color: 'yellowBright'},
	searchHeading: {bold: true, color: 'magentaBright'},
	/** The highlighted row of the index and of the search results. */
	selectedRow: {bold: true, color: 'cyanBright'},
	reference: {color: 'yellowBright'},
	warning: {color: 'yellow'},
} as const satisfies Record<string, Look>;

/** Each view's border colour. */
export const borders = {
	slide: 'cyan',
	appendix: 'yellow',
	help: 'yellow',
	index: 'green',
	notes: 'gray',
	search: 'magenta',
	sources: 'yellow',
} as const satisfies Record<string, Color>;

/** A look without colour: bold and italic stay, and a background (the search match, the appendix
 * marker, the status bar's position) becomes reverse video, so that what it marks still shows. */
export function monochrome(look: Look): Look {
	const {color, backgroundColor, ...rest} = look;
	return backgroundColor ? {...rest, inverse: true} : rest;
}

/** The look to draw: as it is, or without colour. */
export const lookFor = (look: Look, color: boolean): Look => (color ? look : monochrome(look));

/** Wraps text in the SGR codes of a look (for the coloured text export). */
export function paint(text: string, look: Look): string {
	const codes = [
		look.bold ? 1 : undefined,
		look.italic ? 3 : undefined,
		look.inverse ? 7 : undefined,
		look.color ? colors[look.color] : undefined,
		look.backgroundColor ? colors[look.backgroundColor] + 10 : undefined,
	].filter(code => code !== undefined);
	return codes.length > 0 && text ? `\u001B[${codes.join(';')}m${text}\u001B[0m` : text;
}
