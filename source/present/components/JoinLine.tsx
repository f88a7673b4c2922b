import React from 'react';
import {Box, Text} from 'ink';
import {chromeLooks} from '../../text/styles.js';
import {useLook} from './palette.js';

/** The presenter's "bideck follow …" line under the slide, for the room to read or copy; one row,
 * cut at the edge rather than wrapped. */
export function JoinLine({text, columns}: {text: string; columns: number}) {
	const look = useLook();
	return (
		<Box width={columns} height={1} paddingX={1}>
			<Text wrap="truncate" {...look(chromeLooks.keycap)}>
				{text}
			</Text>
		</Box>
	);
}
