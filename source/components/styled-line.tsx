import React from 'react';
import {Text, type TextProps} from 'ink';
import type {Line, Style} from '../layout.js';

const styles: Record<Style, TextProps> = {
	title: {bold: true, color: 'cyanBright'},
	subtitle: {color: 'cyan'},
	marker: {bold: true, color: 'black', backgroundColor: 'yellow'},
	speaker: {bold: true, color: 'greenBright'},
	role: {color: 'green'},
	thesis: {color: 'yellowBright'},
	bullet: {color: 'cyan'},
	point: {},
	term: {bold: true},
	quote: {italic: true, color: 'magentaBright'},
	label: {bold: true, color: 'cyan'},
	note: {},
};

/** One pre-wrapped line of styled spans; an empty line keeps its row. */
export function StyledLine({line}: {line: Line}) {
	if (line.length === 0) return <Text> </Text>;
	return (
		<Text>
			{line.map((span, index) => (
				<Text key={index} {...styles[span.style]}>
					{span.text}
				</Text>
			))}
		</Text>
	);
}
