import React from 'react';
import {clip, type Line} from '../../text/layout.js';
import {borders} from '../../text/styles.js';
import {Panel} from './Panel.js';
import {StyledLine} from './styled-line.js';

/** Presenter notes and sources, under the slide. Cut with "…" when the terminal is short. */
export function NotesView({lines, rows, columns}: {lines: Line[]; rows: number; columns: number}) {
	return (
		<Panel columns={columns} rows={rows} border={borders.notes} borderStyle="single">
			{clip(lines, rows, [{text: '…', style: 'note'}]).map((line, index) => (
				<StyledLine key={index} line={line} />
			))}
		</Panel>
	);
}
