import chalk from 'chalk';
import isInCi from 'is-in-ci';
import {chromeFor, type I18n} from '../deck/i18n.js';
import type {Deck} from '../deck/load-deck.js';
import {slideContent} from '../deck/slide-content.js';
import {bodyRows, contentWidth, layoutSlide, lineText, minimumSize, type Line} from '../text/layout.js';
import {chromeLooks, lookFor, looks, spanLook, type Look} from '../text/styles.js';
import {textWidth} from '../text/wrap.js';
import {slideBox, statusLooks} from './slide-box.js';
import {nextSecond, slideCount, type State} from './state.js';
import {bilingualHint, formatElapsed, statusLine} from './status-line.js';

// The presenter's first frame, drawn with bideck's own layout before Ink is even loaded: Ink,
// React and yoga are three quarters of start-up, and the slide should not wait for them. Ink's
// own first frame then draws the same cells over it (test/app/first-frame.test.tsx compares the
// two cell by cell across slides, languages and sizes). Only the plain slide view is drawn
// here, the one every start shows; anything else is left to Ink.

/** Text in a look, with the colour support Ink's chalk decided on (none on a dumb terminal);
 * without colour when `color` is false, as the components draw it (see styles.ts lookFor). */
function paint(text: string, shown: Look, color: boolean): string {
	const look = lookFor(shown, color);
	let style = chalk;
	if (look.bold) style = style.bold;
	if (look.italic) style = style.italic;
	if (look.inverse) style = style.inverse;
	if (look.color) style = style[look.color];
	if (look.backgroundColor) style = style[`bg${look.backgroundColor[0]!.toUpperCase()}${look.backgroundColor.slice(1)}` as 'bgCyan'];
	return text ? style(text) : text;
}

/** The first frame as Ink would write it (rows − 1 lines), or undefined when Ink would draw
 * something else: not a plain slide, a terminal below the minimum size, a line Ink would wrap,
 * or Ink's CI mode. */
export function firstFrame(deck: Deck, i18n: I18n, state: State, terminal: {columns: number; rows: number; color?: boolean}, now = Date.now()): string | undefined {
	const {columns, rows, color = true} = terminal;
	const paintLine = (line: Line) => line.map(span => paint(span.text, spanLook(span), color)).join('');
	if (isInCi || state.mode !== 'slide' || state.showNotes || state.second !== undefined) return undefined;
	if (!(columns >= minimumSize.columns && rows >= minimumSize.rows)) return undefined;

	const {language, languages} = state;
	const t = chromeFor(i18n, language);
	const nextLanguage = languages[(languages.indexOf(language) + 1) % languages.length]!;
	const beside = nextSecond(state);
	const content = slideContent(deck, i18n, language, state.slide);
	const inner = contentWidth(columns);
	// A shared presentation's join line takes a row under the slide (JoinLine): one that Ink
	// would cut is left to it.
	const join = state.room?.join === undefined ? undefined : t('share.join', {command: state.room.join});
	if (join !== undefined && textWidth(join) > columns - 2) return undefined;
	const body = bodyRows(rows) - (join === undefined ? 0 : 1);
	const {visible, centred, border: borderColor} = slideBox(content.kind, layoutSlide(content, inner), body, t('slide.more'));

	// A line wider than the box (a long "more" label in a narrow terminal) Ink wraps: left to it.
	if (visible.some(line => textWidth(lineText(line)) > inner)) return undefined;

	// Ink's box: a round border, one column of padding each side; a title slide is centred both
	// ways (yoga rounds a half cell down and right). An empty line is a one-space Text.
	const border = (text: string) => paint(text, {color: borderColor}, color);
	const shown = visible.length > 0 ? visible : [[]];
	const top = centred ? Math.round((body - shown.length) / 2) : 0;
	const out = [border(`╭${'─'.repeat(columns - 2)}╮`)];
	for (let row = 0; row < body; row++) {
		const line = shown[row - top];
		const width = line === undefined ? 0 : Math.max(1, textWidth(lineText(line)));
		const left = centred ? Math.floor((inner - width) / 2) : 0;
		const text = line === undefined ? '' : line.length === 0 ? ' ' : paintLine(line);
		out.push(`${border('│')} ${' '.repeat(left)}${text}${' '.repeat(Math.max(0, inner - left - width))} ${border('│')}`);
	}
	out.push(border(`╰${'─'.repeat(columns - 2)}╯`));
	if (join !== undefined) out.push(` ${paint(join, chromeLooks.keycap, color)}`);

	const status = statusLine({
		t,
		current: state.slide + 1,
		total: slideCount(state),
		languageName: t('language.name'),
		nextLanguageName: chromeFor(i18n, nextLanguage)('language.name'),
		bilingualHint: bilingualHint(t, languages.length, beside && chromeFor(i18n, beside)('language.name')),
		jump: state.jump,
		elapsed: formatElapsed(now - state.timerStart),
		multilingual: state.languages.length > 1,
		columns,
	});
	out.push(
		paint(status.position, statusLooks.position, color) +
			(status.bar ? paint(status.bar.filled, statusLooks.filled, color) + paint(status.bar.empty, statusLooks.empty, color) : '') +
			paint(status.language, statusLooks.language, color) +
			paint(status.tail + status.padding, statusLooks.hints, color),
	);
	return out.join('\n');
}
