import type {Style} from './layout.js';

// How each kind of text looks, shared by the TUI (as Ink <Text> props) and the coloured text
// export (as SGR codes), so the two never drift apart.

const colors = {
	black: 30,
	green: 32,
	yellow: 33,
	cyan: 36,
	gray: 90,
	greenBright: 92,
	yellowBright: 93,
	magentaBright: 95,
	cyanBright: 96,
} as const;
type Color = keyof typeof colors;

export type Look = {color?: Color; backgroundColor?: Color; bold?: boolean; italic?: boolean};

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

/** Wraps text in the SGR codes of a look (for the coloured text export). */
export function paint(text: string, look: Look): string {
	const codes = [
		look.bold ? 1 : undefined,
		look.italic ? 3 : undefined,
		look.color ? colors[look.color] : undefined,
		look.backgroundColor ? colors[look.backgroundColor] + 10 : undefined,
	].filter(code => code !== undefined);
	return codes.length > 0 && text ? `\u001B[${codes.join(';')}m${text}\u001B[0m` : text;
}
