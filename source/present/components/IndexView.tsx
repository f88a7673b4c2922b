import React from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import type {TFunction} from '../../deck/i18n.js';
import {contentWidth} from '../../text/layout.js';
import {joinText} from '../../text/join.js';
import {truncate} from '../../text/wrap.js';
import {chromeLooks, borders} from '../../text/styles.js';
import {Panel} from './Panel.js';
import {ListIndicator, ListItem, useLook} from './palette.js';

export type IndexEntry = {speaker?: string; title: string};

type Props = {
	t: TFunction;
	entries: IndexEntry[];
	/** The slides the filter leaves, in deck order. */
	listed: number[];
	selected: number;
	filter: string;
	rows: number;
	columns: number;
};

/** The list of slides (number, speaker, title), filtered by what was typed. The highlighted row
 * lives in the app's state, so the list is drawn by ink-select-input but driven by update(). */
export function IndexView({t, entries, listed, selected, filter, rows, columns}: Props) {
	const look = useLook();
	const width = contentWidth(columns);
	const digits = String(entries.length).length;
	const listRows = Math.max(1, rows - 4);
	// Only the rows on screen are built: the window around the highlighted row.
	const chosen = Math.min(selected, Math.max(0, listed.length - 1));
	const first = Math.max(0, Math.min(chosen - Math.floor(listRows / 2), listed.length - listRows));
	const items = listed.slice(first, first + listRows).map(index => {
		const entry = entries[index]!;
		return {key: String(index), value: index, label: truncate(`${String(index + 1).padStart(digits)}  ${entry.speaker ? joinText(entry.speaker, ' — ', entry.title) : entry.title}`, width - 2)};
	});
	return (
		<Panel columns={columns} rows={rows} border={borders.index}>
			<Text {...look(chromeLooks.indexHeading)}>
				{truncate(t('index.title', {count: entries.length}), width)}
			</Text>
			<Text {...look(filter ? chromeLooks.filter : chromeLooks.hint)}>{truncate(filter ? `${t('index.filter')}${filter}▏` : t('index.typeToFilter'), width)}</Text>
			<Text> </Text>
			{items.length > 0 ? (
				<SelectInput key={`${filter}\u0000${chosen}`} items={items} initialIndex={chosen - first} limit={listRows} isFocused={false} itemComponent={ListItem} indicatorComponent={ListIndicator} />
			) : (
				<Text {...look(chromeLooks.hint)}>{truncate(t('index.none'), width)}</Text>
			)}
			<Box flexGrow={1} />
			<Text {...look(chromeLooks.hint)}>{truncate(t('index.hint'), width)}</Text>
		</Panel>
	);
}
