import React from 'react';
import {Text} from 'ink';
import type {TFunction} from '../../deck/i18n.js';
import type {SourceRow} from '../../deck/slide-content.js';
import {clip, contentWidth} from '../../text/layout.js';
import {borders, chromeLooks, looks} from '../../text/styles.js';
import {clipWrapped, truncate, wrap} from '../../text/wrap.js';
import {plainText} from '../../text/inline.js';
import {Panel} from './Panel.js';
import {useLook} from './palette.js';

type Props = {t: TFunction; title: string; sources: SourceRow[]; quoteMarks: [open: string, close: string]; rows: number; columns: number};

/** For the slide's thesis, each point and its quote, the article section and paragraph it comes
 * from. The thesis and quote look as they do on the slide; points keep their bullet. */
export function SourcesView({t, title, sources, quoteMarks, rows, columns}: Props) {
	const look = useLook();
	const width = contentWidth(columns);
	const lines: React.ReactNode[] = [
		<Text key="title" {...look(chromeLooks.heading)}>
			{truncate(t('sources.title', {title: plainText(title)}), width)}
		</Text>,
		<Text key="gap"> </Text>,
	];
	if (sources.length === 0) lines.push(<Text key="none" {...look(chromeLooks.hint)}>{t('sources.none')}</Text>);
	sources.forEach((row, index) => {
		const text = plainText(row.text);
		const shown = row.field === 'quote' ? `${quoteMarks[0]}${text}${quoteMarks[1]}` : text;
		const rowLook = look(row.field === 'point' ? looks.point : looks[row.field]);
		// Two lines of each are enough to recognise it; a longer one ends in "…".
		clipWrapped(wrap(shown, width - 2), 2, width - 2).forEach((line, part) =>
			lines.push(
				<Text key={`p${index}-${part}`}>
					<Text {...look(looks.bullet)}>{part === 0 && row.field === 'point' ? '• ' : '  '}</Text>
					<Text {...rowLook}>{line}</Text>
				</Text>,
			),
		);
		lines.push(
			<Text key={`r${index}`} {...look(chromeLooks.reference)}>
				{truncate(`  ↳ ${row.reference}`, width)}
			</Text>,
		);
	});
	return (
		<Panel columns={columns} rows={rows} border={borders.sources}>
			{clip(
				lines,
				rows,
				<Text key="more" {...look(chromeLooks.hint)}>
					{t('slide.more')}
				</Text>,
			)}
		</Panel>
	);
}
