import React from 'react';
import {Box, Text} from 'ink';
import type {TFunction} from '../../deck/i18n.js';
import {minimumSize} from '../../text/layout.js';
import {wrap} from '../../text/wrap.js';
import {chromeLooks} from '../../text/styles.js';
import {useLook} from './palette.js';

/** Shown instead of a slide when the terminal is below the minimum size. */
export function TooSmall({t, columns, rows}: {t: TFunction; columns: number; rows: number}) {
	const look = useLook();
	const width = Math.max(1, columns - 1);
	const text = [
		t('tooSmall.title'),
		t('tooSmall.message', {columns: minimumSize.columns, rows: minimumSize.rows, width: columns, height: rows}),
		t('tooSmall.quit'),
	].flatMap(part => wrap(part, width));
	return (
		<Box flexDirection="column" width={columns}>
			{text.slice(0, Math.max(1, rows - 1)).map((line, index) => (
				<Text key={index} {...(index === 0 ? look(chromeLooks.warning) : {})}>
					{line}
				</Text>
			))}
		</Box>
	);
}
