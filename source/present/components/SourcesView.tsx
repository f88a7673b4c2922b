import React from 'react';
import {Text} from 'ink';
import type {TFunction} from '../../deck/i18n.js';
import {clip, contentWidth} from '../../text/layout.js';
import {clipWrapped, truncate, wrap} from '../../text/wrap.js';
import {Panel} from './Panel.js';

export type SourceRow = {point: string; references: string[]};

/** For each point of the slide, the article section and paragraph it comes from. */
export function SourcesView({t, title, sources, rows, columns}: {t: TFunction; title: string; sources: SourceRow[]; rows: number; columns: number}) {
	const width = contentWidth(columns);
	const lines: React.ReactNode[] = [
		<Text key="title" bold color="cyanBright">
			{truncate(t('sources.title', {title}), width)}
		</Text>,
		<Text key="gap"> </Text>,
	];
	if (sources.length === 0) lines.push(<Text key="none" color="gray">{t('sources.none')}</Text>);
	sources.forEach((row, index) => {
		// Two lines of each point are enough to recognise it; a longer one ends in "…".
		clipWrapped(wrap(row.point, width - 2), 2, width - 2).forEach((line, part) =>
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
		<Panel columns={columns} rows={rows} borderColor="yellow">
			{clip(
				lines,
				rows,
				<Text key="more" color="gray">
					{t('slide.more')}
				</Text>,
			)}
		</Panel>
	);
}
