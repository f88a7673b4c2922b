import React, {createContext, useContext} from 'react';
import {Box, Text} from 'ink';
import {chromeLooks, lookFor, type Color, type Look} from '../../text/styles.js';

// Whether the presenter draws in colour (not with NO_COLOR or --no-color). The App provides it;
// every component draws its looks through useLook(), so colours are dropped in one place.

export const ColorContext = createContext(true);

/** A look as it is drawn here: without colour when the presenter is monochrome. */
export function useLook(): (look: Look) => Look {
	const color = useContext(ColorContext);
	return look => lookFor(look, color);
}

/** A border colour as it is drawn here: none when the presenter is monochrome. */
export function useBorder(border: Color): Color | undefined {
	return useContext(ColorContext) ? border : undefined;
}

/** ink-select-input's row and pointer, drawn through the palette (its own are always blue). */
export function ListItem({isSelected = false, label}: {isSelected?: boolean; label: string}) {
	const look = useLook();
	return <Text {...(isSelected ? look(chromeLooks.selectedRow) : {})}>{label}</Text>;
}

export function ListIndicator({isSelected = false}: {isSelected?: boolean}) {
	const look = useLook();
	return (
		<Box marginRight={1}>
			<Text {...(isSelected ? look(chromeLooks.selectedRow) : {})}>{isSelected ? '❯' : ' '}</Text>
		</Box>
	);
}
