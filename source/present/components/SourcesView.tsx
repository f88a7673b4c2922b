import React from 'react';
import {Box, Text} from 'ink';
import type {TFunction} from '../../deck/i18n.js';
import {frame} from '../../text/layout.js';
import {truncate, wrap} from '../../text/wrap.js';

export type SourceRow = {point: string; references: string[]};

/** For each point of the slide, the article section and paragraph it comes from. */
export function SourcesView({t, title, sources, rows, columns}: {t: TFunction; title: string; sources: SourceRow[]; rows: number; columns: number}) {
	const width = columns - frame.borderColumns - frame.paddingColumns;
	const lines: React.ReactNode[] = [
		<Text key="title" bold color="cyanBright">
			{truncate(t('sources.title', {title}), width)}
		</Text>,
		<Text key="gap"> </Text>,
	];
	if (sources.length === 0) lines.push(<Text key="none" color="gray">{t('sources.none')}</Text>);
	sources.forEach((row, index) => {
		const text = wrap(row.point, width - 2);
		const shown = text.length > 2 ? [text[0]!, truncate(`${text[1]!}${text[2]!}`, width - 2)] : text;
		shown.forEach((line, part) =>
			lines.push(
				<Text key={`p${index}-${part}`}>
					<Text color="cyan">{part === 0 ? '• ' : '  '}</Text>
					{line}
				</Text>,
			),
		);
		for (const [r, reference] of row.references.entries()) {
			lines.push(
				<Text key={`r${index}-${r}`} color="yellowBright">
					{truncate(`  ↳ ${reference}`, width)}
				</Text>,
			);
		}
	});
	return (
		<Box flexDirection="column" width={columns} height={rows + frame.borderRows} borderStyle="round" borderColor="yellow" paddingX={frame.paddingColumns / 2}>
			{lines.length > rows ? [...lines.slice(0, rows - 1), <Text key="more" color="gray">{t('slide.more')}</Text>] : lines}
		</Box>
	);
}
