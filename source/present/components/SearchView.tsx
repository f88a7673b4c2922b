import React from 'react';
import {Box, Text} from 'ink';
import type {IndexEntry} from './IndexView.js';
import type {SearchHit} from '../../deck/catalog.js';
import type {TFunction} from '../../deck/i18n.js';
import {contentWidth} from '../../text/layout.js';
import {joinText, separatorBetween} from '../../text/join.js';
import {borders, chromeLooks, looks} from '../../text/styles.js';
import {graphemeSegmenter} from '../../text/text-width.js';
import {textWidth, truncate} from '../../text/wrap.js';
import {Panel} from './Panel.js';
import {useLook} from './palette.js';

/** Where a snippet may be cut between two graphemes: not inside a word of a spaced script (two
 * narrow letters or digits), anywhere else (CJK text between any two characters, at spaces,
 * beside punctuation). */
const wordCharacter = /^[\p{L}\p{N}\p{M}]+$/u;
const cuttable = (left: string | undefined, right: string | undefined) =>
	left === undefined || right === undefined || !(wordCharacter.test(left) && wordCharacter.test(right) && textWidth(left) === 1 && textWidth(right) === 1);

/** How many of `graphemes`, from the first, fit in `room` columns with "…" after them, ending
 * where a cut is allowed. */
function fitting(graphemes: readonly string[], room: number): number {
	let used = 0;
	let count = 0;
	let cut = 0;
	while (count < graphemes.length && used + textWidth(graphemes[count]!) <= room - 1) {
		used += textWidth(graphemes[count]!);
		count++;
		if (cuttable(graphemes[count - 1], graphemes[count])) cut = count;
	}
	return cut;
}

/** The start of `graphemes` that fits `room` columns, cut with "…" when it does not all fit. */
function keepStart(graphemes: readonly string[], room: number): string {
	const all = graphemes.join('');
	if (textWidth(all) <= room) return all;
	return room < 1 ? '' : `${graphemes.slice(0, fitting(graphemes, room)).join('').trimEnd()}…`;
}

/** The end of `graphemes` that fits `room` columns, cut with "…" when it does not all fit. */
function keepEnd(graphemes: readonly string[], room: number): string {
	const all = graphemes.join('');
	if (textWidth(all) <= room) return all;
	return room < 1 ? '' : `…${graphemes.slice(graphemes.length - fitting([...graphemes].reverse(), room)).join('').trimStart()}`;
}

const graphemeList = (text: string): string[] => Array.from(graphemeSegmenter().segment(text), part => part.segment);

/** The match with as much text around it as fits `width` columns: all the room there is, a third
 * of it (or more, when the text after is short) before the match; cut only between words (or
 * CJK characters), with "…" at a cut end. Spaces and line breaks show as one space. */
export function snippet(text: string, start: number, length: number, width: number): {before: string; match: string; after: string} {
	const flat = (part: string) => part.replace(/\s+/g, ' ');
	const match = truncate(flat(text.slice(start, start + length)), width);
	const room = Math.max(0, width - textWidth(match));
	const before = graphemeList(flat(text.slice(0, start)).trimStart());
	const after = graphemeList(flat(text.slice(start + length)).trimEnd());
	const beforeWidth = textWidth(before.join(''));
	const afterWidth = textWidth(after.join(''));
	if (beforeWidth + afterWidth <= room) return {before: before.join(''), match, after: after.join('')};
	const beforeRoom = beforeWidth <= Math.floor(room / 3) ? beforeWidth : Math.max(Math.floor(room / 3), room - afterWidth);
	const shownBefore = keepEnd(before, beforeRoom);
	return {before: shownBefore, match, after: keepStart(after, room - textWidth(shownBefore))};
}

type Props = {
	t: TFunction;
	query: string;
	hits: SearchHit[];
	entries: IndexEntry[];
	languageNames: Record<string, string>;
	selected: number;
	rows: number;
	columns: number;
};

/** Live search across every slide and language: a slide per row, its match in context. */
export function SearchView({t, query, hits, entries, languageNames, selected, rows, columns}: Props) {
	const look = useLook();
	const width = contentWidth(columns);
	const digits = String(entries.length).length;
	const perHit = 2;
	const visible = Math.max(1, Math.floor((rows - 4) / perHit));
	const first = Math.max(0, Math.min(selected - visible + 1, hits.length - visible));
	const status = !query ? t('search.prompt') : hits.length === 0 ? t('search.none') : t('search.count', {count: hits.length});
	return (
		<Panel columns={columns} rows={rows} border={borders.search}>
			<Text {...look(chromeLooks.searchHeading)}>
				{truncate(`${joinText(t('search.title'), ' ', query)}▏`, width)}
			</Text>
			<Text {...look(chromeLooks.hint)}>{truncate(status, width)}</Text>
			<Text> </Text>
			{hits.slice(first, first + visible).map((hit, offset) => {
				const isSelected = first + offset === selected;
				const entry = entries[hit.slide]!;
				const head = `${isSelected ? '❯' : ' '} ${String(hit.slide + 1).padStart(digits)}  ${entry.speaker ? joinText(entry.speaker, ' — ', entry.title) : entry.title}`;
				const name = `(${languageNames[hit.language] ?? hit.language})`;
				const indent = ' '.repeat(digits + 4);
				const parts = snippet(hit.text, hit.start, hit.length, width - textWidth(indent) - textWidth(name) - 1);
				const language = separatorBetween(parts.after || parts.match, ' ', name) + name;
				return (
					<Box key={hit.slide} flexDirection="column">
						<Text {...(isSelected ? look(chromeLooks.selectedRow) : {})}>
							{truncate(head, width)}
						</Text>
						<Text>
							{indent}
							{parts.before}
							<Text {...look(looks.match)}>{parts.match}</Text>
							{parts.after}
							<Text {...look(chromeLooks.hint)}>{language}</Text>
						</Text>
					</Box>
				);
			})}
			<Box flexGrow={1} />
			<Text {...look(chromeLooks.hint)}>{truncate(t('search.hint'), width)}</Text>
		</Panel>
	);
}
