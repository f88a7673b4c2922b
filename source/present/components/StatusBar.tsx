import React from 'react';
import {Box, Text} from 'ink';
import {formatElapsed, statusLine, type StatusInput} from '../status-line.js';
import {statusLooks} from '../slide-box.js';
import {useLook} from './palette.js';
import {useNow} from './use-now.js';

export {formatElapsed} from '../status-line.js';

type Props = Omit<StatusInput, 'elapsed'> & {
	/** When the presenter timer started (ms since the epoch); the bar ticks it once a second. */
	timerStart: number;
};

/** One row: position, a progress bar, the language, and the most useful keys (as many as fit). */
export function StatusBar({timerStart, ...props}: Props) {
	const look = useLook();
	const {position, bar, language, tail, padding} = statusLine({...props, elapsed: formatElapsed(useNow() - timerStart)});
	return (
		<Box width={props.columns} height={1}>
			<Text wrap="truncate">
				<Text {...look(statusLooks.position)}>
					{position}
				</Text>
				{bar ? (
					<Text>
						<Text {...look(statusLooks.filled)}>{bar.filled}</Text>
						<Text {...look(statusLooks.empty)}>{bar.empty}</Text>
					</Text>
				) : null}
				<Text {...look(statusLooks.language)}>
					{language}
				</Text>
				<Text {...look(statusLooks.hints)}>
					{tail}
					{padding}
				</Text>
			</Text>
		</Box>
	);
}
