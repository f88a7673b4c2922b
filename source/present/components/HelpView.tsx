import React from 'react';
import {Text} from 'ink';
import type {TFunction} from '../../deck/i18n.js';
import {bindings, inRole} from '../keymap.js';
import type {Role} from '../state.js';
import {clip, contentWidth} from '../../text/layout.js';
import {textWidth, truncate, wrap} from '../../text/wrap.js';
import {chromeLooks, borders} from '../../text/styles.js';
import {Panel} from './Panel.js';
import {useLook} from './palette.js';

/** Every key of the key table with what it does, in the current language; bindings that
 * share a description share a row. */
export function helpRows(t: TFunction, role?: Role): Array<[keys: string, description: string]> {
	const rows = new Map<string, string[]>();
	for (const binding of bindings.filter(each => inRole(each, role))) {
		const caps = binding.keys.map(key => (key.length === 1 ? key : t(`keycaps.${key}`)));
		const row = rows.get(binding.help) ?? [];
		for (const cap of caps) if (!row.includes(cap)) row.push(cap);
		rows.set(binding.help, row);
	}
	return [...rows].map(([help, caps]) => [caps.join(' '), t(help)]);
}

export function HelpView({t, rows, columns, role}: {t: TFunction; rows: number; columns: number; role?: Role}) {
	const look = useLook();
	const width = contentWidth(columns);
	const table = helpRows(t, role);
	const keyColumn = Math.min(Math.max(...table.map(([keys]) => textWidth(keys))) + 2, Math.floor(width / 2));
	const lines: React.ReactNode[] = [
		<Text key="title" {...look(chromeLooks.heading)}>
			{t('help.title')}
		</Text>,
	];
	for (const [keys, description] of table) {
		const shown = truncate(keys, keyColumn - 1);
		const text = wrap(description, width - keyColumn);
		text.forEach((part, index) => {
			lines.push(
				<Text key={`${keys}-${index}`}>
					<Text {...look(chromeLooks.keycap)}>
						{index === 0 ? shown + ' '.repeat(keyColumn - textWidth(shown)) : ' '.repeat(keyColumn)}
					</Text>
					{part}
				</Text>,
			);
		});
	}
	// How to close is said last, where there is room: the table itself has Esc and ? in it.
	const close = wrap(t('help.close'), width);
	if (lines.length + close.length > rows) close.length = 0;
	for (const [index, part] of close.entries()) {
		lines.push(
			<Text key={`close-${index}`} {...look(chromeLooks.hint)}>
				{part}
			</Text>,
		);
	}
	return (
		<Panel columns={columns} rows={rows} border={borders.help}>
			{clip(lines, rows, <Text key="more">…</Text>)}
		</Panel>
	);
}
