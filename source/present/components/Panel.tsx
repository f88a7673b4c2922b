import React from 'react';
import {Box} from 'ink';
import {frame} from '../../text/layout.js';
import type {Color} from '../../text/styles.js';
import {useBorder} from './palette.js';

type Props = {
	columns: number;
	/** Rows of content inside the border. */
	rows: number;
	border: Color;
	borderStyle?: 'round' | 'single';
	/** Content centred vertically and each row horizontally (the title slide). */
	centred?: boolean;
	children: React.ReactNode;
};

/** The bordered box every view is drawn in: the full width, exactly `rows` rows inside its border,
 * padded as `frame` says (the layout code wraps text to the same width). */
export function Panel({columns, rows, border, borderStyle = 'round', centred = false, children}: Props) {
	const borderColor = useBorder(border);
	return (
		<Box
			flexDirection="column"
			width={columns}
			height={rows + frame.borderRows}
			borderStyle={borderStyle}
			borderColor={borderColor}
			paddingX={frame.paddingColumns / 2}
			justifyContent={centred ? 'center' : 'flex-start'}
			overflow="hidden"
		>
			{children}
		</Box>
	);
}
