import React from 'react';
import {Box} from 'ink';
import {frame, type Line} from '../../text/layout.js';
import {StyledLine} from './styled-line.js';

/** Presenter notes and sources, under the slide. Cut with "…" when the terminal is short. */
export function NotesView({lines, rows, columns}: {lines: Line[]; rows: number; columns: number}) {
	const visible = lines.length > rows ? [...lines.slice(0, Math.max(0, rows - 1)), [{text: '…', style: 'note' as const}]] : lines;
	return (
		<Box flexDirection="column" width={columns} height={rows + frame.borderRows} borderStyle="single" borderColor="gray" paddingX={frame.paddingColumns / 2}>
			{visible.map((line, index) => (
				<StyledLine key={index} line={line} />
			))}
		</Box>
	);
}
