import React from 'react';
import {Box, Text} from 'ink';
import type {TFunction} from '../i18n.js';
import {bindings} from '../keymap.js';
import {frame} from '../layout.js';
import {textWidth, truncate, wrap} from '../wrap.js';

/** Every key of the key table with what it does, in the current language. */
export function helpRows(t: TFunction): Array<[keys: string, description: string]> {
	return bindings.map(binding => [
		binding.keys.map(key => (key.length === 1 ? key : t(`keycaps.${key}`))).join(' '),
		t(binding.help),
	]);
}

export function HelpView({t, rows, columns}: {t: TFunction; rows: number; columns: number}) {
	const width = columns - frame.borderColumns - frame.paddingColumns;
	const table = helpRows(t);
	const keyColumn = Math.min(Math.max(...table.map(([keys]) => textWidth(keys))) + 2, Math.floor(width / 2));
	const lines: React.ReactNode[] = [
		<Text key="title" bold color="cyanBright">
			{t('help.title')}
		</Text>,
		<Text key="gap"> </Text>,
	];
	for (const [keys, description] of table) {
		const shown = truncate(keys, keyColumn - 1);
		const text = wrap(description, width - keyColumn);
		text.forEach((part, index) => {
			lines.push(
				<Text key={`${keys}-${index}`}>
					<Text bold color="yellowBright">
						{index === 0 ? shown + ' '.repeat(keyColumn - textWidth(shown)) : ' '.repeat(keyColumn)}
					</Text>
					{part}
				</Text>,
			);
		});
	}
	lines.push(<Text key="gap2"> </Text>);
	for (const [index, part] of wrap(t('help.index'), width).entries()) lines.push(<Text key={`index-${index}`}>{part}</Text>);
	for (const [index, part] of wrap(t('help.close'), width).entries()) {
		lines.push(
			<Text key={`close-${index}`} color="gray">
				{part}
			</Text>,
		);
	}
	return (
		<Box flexDirection="column" width={columns} height={rows + frame.borderRows} borderStyle="round" borderColor="yellow" paddingX={frame.paddingColumns / 2}>
			{lines.slice(0, rows)}
		</Box>
	);
}
