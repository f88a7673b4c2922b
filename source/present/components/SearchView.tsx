import React from 'react';
import {Box, Text} from 'ink';
import type {IndexEntry} from './IndexView.js';
import type {SearchHit} from '../../deck/catalog.js';
import type {TFunction} from '../../deck/i18n.js';
import {contentWidth} from '../../text/layout.js';
import {joinText, separatorBetween} from '../../text/join.js';
import {borders, chromeLooks, looks} from '../../text/styles.js';
import {textWidth, truncate} from '../../text/wrap.js';
import {Panel} from './Panel.js';
import {useLook} from './palette.js';

/** The match with as much text around it as fits `width` columns, cut with "…" at either end. */
export function snippet(text: string, start: number, length: number, width: number): {before: string; match: string; after: string} {
	const flat = text.replace(/\s+/g, ' ');
	const match = truncate(flat.slice(start, start + length), width);
	let room = width - textWidth(match);
	// Up to a third of the room before the match, the rest after it.
	let before = flat.slice(0, start);
	const beforeRoom = Math.min(textWidth(before), Math.floor(room / 3));
	if (textWidth(before) > beforeRoom) {
		const chars = [...before];
		let kept = '';
		while (chars.length > 0 && textWidth(`…${chars.at(-1)}${kept}`) <= beforeRoom) kept = chars.pop()! + kept;
		before = beforeRoom > 0 ? `…${kept}` : '';
	}
	room -= textWidth(before);
	const after = truncate(flat.slice(start + length), Math.max(0, room));
	return {before, match, after};
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
