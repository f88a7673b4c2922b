import React from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import type {TFunction} from '../i18n.js';
import {frame} from '../layout.js';
import {truncate} from '../wrap.js';

export type IndexEntry = {speaker?: string; title: string};

type Props = {
	t: TFunction;
	entries: IndexEntry[];
	current: number;
	rows: number;
	columns: number;
	onSelect: (slide: number) => void;
};

/** The list of all slides (number, speaker, title); opens on the current slide. */
export function IndexView({t, entries, current, rows, columns, onSelect}: Props) {
	const width = columns - frame.borderColumns - frame.paddingColumns - 2; // 2: the list's pointer
	const digits = String(entries.length).length;
	const items = entries.map((entry, index) => ({
		key: String(index),
		value: index,
		label: truncate(`${String(index + 1).padStart(digits)}  ${entry.speaker ? `${entry.speaker} — ` : ''}${entry.title}`, width),
	}));
	const listRows = Math.max(1, rows - 3);
	return (
		<Box flexDirection="column" width={columns} height={rows + frame.borderRows} borderStyle="round" borderColor="green" paddingX={frame.paddingColumns / 2}>
			<Text bold color="greenBright">
				{truncate(t('index.title', {count: entries.length}), width + 2)}
			</Text>
			<Text> </Text>
			<SelectInput items={items} initialIndex={current} limit={listRows} onSelect={item => onSelect(item.value)} />
			<Box flexGrow={1} />
			<Text color="gray">{truncate(t('index.hint'), width + 2)}</Text>
		</Box>
	);
}
