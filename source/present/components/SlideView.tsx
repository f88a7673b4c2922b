import React from 'react';
import {Box, Text} from 'ink';
import type {SlideKind} from '../../deck/deck-schema.js';
import type {Line} from '../../text/layout.js';
import {Panel} from './Panel.js';
import {StyledLine} from './styled-line.js';
import {slideBox} from '../slide-box.js';

type Props = {
	kind: SlideKind;
	lines: Line[];
	/** Rows of text the box may hold. */
	rows: number;
	columns: number;
	/** Shown as the last row when the slide is taller than the box. */
	moreLabel: string;
};

/** A slide in its box. Lines arrive wrapped to the width; a slide taller than the box is cut
 * at a line boundary with a visible "more" marker, never overflowing the terminal. */
export function SlideView({kind, lines, rows, columns, moreLabel}: Props) {
	const {visible, centred, border} = slideBox(kind, lines, rows, moreLabel);
	return (
		<Panel columns={columns} rows={rows} border={border} centred={centred}>
			{visible.map((line, index) => (
				<Box key={index} justifyContent={centred ? 'center' : 'flex-start'}>
					<StyledLine line={line} />
				</Box>
			))}
			{visible.length === 0 ? <Text> </Text> : null}
		</Panel>
	);
}
