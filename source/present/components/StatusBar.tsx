import React from 'react';
import {Box, Text} from 'ink';
import {statusLine, type StatusInput} from '../status-line.js';
import {statusLooks} from '../slide-box.js';

export {formatElapsed, statusHints} from '../status-line.js';

/** One row: position, a progress bar, the language, and the most useful keys (as many as fit). */
export function StatusBar(props: StatusInput) {
	const {position, bar, language, tail, padding} = statusLine(props);
	return (
		<Box width={props.columns} height={1}>
			<Text wrap="truncate">
				<Text {...statusLooks.position}>
					{position}
				</Text>
				{bar ? (
					<Text>
						<Text {...statusLooks.filled}>{bar.filled}</Text>
						<Text {...statusLooks.empty}>{bar.empty}</Text>
					</Text>
				) : null}
				<Text {...statusLooks.language}>
					{language}
				</Text>
				<Text {...statusLooks.hints}>
					{tail}
					{padding}
				</Text>
			</Text>
		</Box>
	);
}
