import React, {useMemo} from 'react';
import {Box, Text} from 'ink';
import {chromeFor, type I18n, type TFunction} from '../../deck/i18n.js';
import type {Deck} from '../../deck/load-deck.js';
import {slideContent} from '../../deck/slide-content.js';
import {contentWidth, frame, layoutNotes, layoutSlide, type Line} from '../../text/layout.js';
import {chromeLooks} from '../../text/styles.js';
import {formatElapsed} from '../status-line.js';
import {NotesView} from './NotesView.js';
import {SlideView} from './SlideView.js';
import {useLook} from './palette.js';
import {useNow} from './use-now.js';

type Props = {
	t: TFunction;
	deck: Deck;
	i18n: I18n;
	/** The console's own language; `languages` the deck's, for notes in all of them (b). */
	language: string;
	languages: readonly string[];
	bothLanguages: boolean;
	slide: number;
	timerStart: number;
	/** How many follow the presentation on their own terminals, when known (the presenter is live). */
	followers?: number;
	/** The language the projected screen shows, by name, when known. */
	projected?: string;
	columns: number;
	/** Rows for the whole view, the status bar excluded. */
	rows: number;
};

/** Rows the next slide's box shows: its title and first lines. */
const nextRows = 3;

/** The presenter console: a line with the position, elapsed time and clock; the current slide,
 * compact; the next slide's title and first lines; the notes, in the console's language or in
 * all of the deck's (b). Every box uses the presenter's own layout and views. */
export function ConsoleView({t, deck, i18n, language, languages, bothLanguages, slide, timerStart, followers, projected, columns, rows}: Props) {
	const look = useLook();
	const now = useNow();
	const width = contentWidth(columns);
	const total = deck.structure.slides.length;
	const content = useMemo(() => slideContent(deck, i18n, language, slide), [deck, i18n, language, slide]);
	const current = useMemo(() => layoutSlide(content, width), [content, width]);
	const next = useMemo((): Line[] => {
		if (slide + 1 >= total) return [[{text: t('console.end'), style: 'note'}]];
		const [title = [], ...rest] = layoutSlide(slideContent(deck, i18n, language, slide + 1), width - 1).filter(line => line.length > 0);
		return [[{text: t('console.next'), style: 'label'}, ...title], ...rest];
	}, [deck, i18n, language, slide, total, width, t]);
	const notes = useMemo(() => {
		const shown = bothLanguages ? languages : [language];
		const lines = shown.flatMap(name => {
			const each = chromeFor(i18n, name);
			return layoutNotes(slideContent(deck, i18n, name, slide), {notes: each('slide.notes'), source: each('slide.source')}, width);
		});
		return lines.length > 0 ? lines : [[{text: t('slide.noNotes'), style: 'note' as const}]];
	}, [bothLanguages, languages, language, deck, i18n, slide, width, t]);

	const header = [t('console.now', {current: slide + 1, total}), t('console.elapsed', {elapsed: formatElapsed(now - timerStart)}), t('console.clock', {time: new Date(now).toTimeString().slice(0, 8)})];
	if (projected) header.push(t('console.projected', {language: projected}));
	if (followers !== undefined) header.push(t('console.followers', {count: followers}));
	// Three boxes share the rows under the header line: the next slide keeps its few rows, the
	// current slide what it needs up to half the rest (more when the notes need less), the notes
	// all that is left.
	const inside = rows - 1 - 3 * frame.borderRows;
	const nextShown = Math.max(1, Math.min(next.length, nextRows, Math.floor(inside / 3)));
	const rest = inside - nextShown;
	const slideShown = Math.max(1, Math.min(current.length, Math.max(Math.floor(rest / 2), rest - notes.length)));
	const notesShown = Math.max(1, rest - slideShown);
	return (
		<>
			<Box width={columns} height={1} paddingX={1}>
				<Text wrap="truncate" {...look(chromeLooks.heading)}>
					{header.join(' · ')}
				</Text>
			</Box>
			<SlideView kind={content.kind} lines={current} rows={slideShown} columns={columns} moreLabel="…" />
			<NotesView lines={next} rows={nextShown} columns={columns} />
			<NotesView lines={notes} rows={notesShown} columns={columns} />
		</>
	);
}
