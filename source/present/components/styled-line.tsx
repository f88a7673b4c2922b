import React from 'react';
import {Text} from 'ink';
import type {Line} from '../../text/layout.js';
import {spanLook} from '../../text/styles.js';
import {useLook} from './palette.js';

/** One pre-wrapped line of styled spans; an empty line keeps its row. */
export function StyledLine({line}: {line: Line}) {
	const look = useLook();
	if (line.length === 0) return <Text> </Text>;
	return (
		<Text>
			{line.map((span, index) => (
				<Text key={index} {...look(spanLook(span))}>
					{span.text}
				</Text>
			))}
		</Text>
	);
}
