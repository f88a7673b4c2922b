import React, {useEffect, useMemo, useReducer} from 'react';
import {Box, useApp, useInput, useStdin, useStdout} from 'ink';
import {HelpView} from './components/HelpView.js';
import {IndexView} from './components/IndexView.js';
import {NotesView} from './components/NotesView.js';
import {SlideView} from './components/SlideView.js';
import {StatusBar} from './components/StatusBar.js';
import {TooSmall} from './components/TooSmall.js';
import {chromeFor, slideText, type I18n} from './i18n.js';
import {guardInputEvents} from './input-guard.js';
import {actionFor} from './keymap.js';
import {bodyRows, contentWidth, frame, layoutNotes, layoutSlide, minimumSize} from './layout.js';
import type {Deck} from './load-deck.js';
import {slideContent} from './slide-content.js';
import {update, type State} from './state.js';

type Props = {deck: Deck; i18n: I18n; initial: State};

export function App({deck, i18n, initial}: Props) {
	const {exit} = useApp();
	const {stdout} = useStdout();
	const {isRawModeSupported, internal_eventEmitter} = useStdin();
	guardInputEvents(internal_eventEmitter);
	const [state, dispatch] = useReducer(update, initial);
	const {columns, rows, language} = state;

	useEffect(() => {
		const onResize = () => dispatch({type: 'resize', columns: stdout.columns, rows: stdout.rows});
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);

	useEffect(() => {
		if (state.quitting) exit();
	}, [state.quitting, exit]);

	// The only input hook besides the index's list: keys become actions through the key table.
	useInput(
		(input, key) => {
			const action = actionFor(state.mode, input, key);
			if (action) dispatch(action);
		},
		{isActive: Boolean(isRawModeSupported)},
	);

	const t = chromeFor(i18n, language);
	const nextLanguage = state.languages[(state.languages.indexOf(language) + 1) % state.languages.length]!;
	const content = useMemo(() => slideContent(deck, i18n, language, state.slide), [deck, i18n, language, state.slide]);
	const lines = useMemo(() => layoutSlide(content, contentWidth(columns)), [content, columns]);
	const indexEntries = useMemo(
		() => deck.structure.slides.map(slide => slideText(i18n, language, slide.id)),
		[deck, i18n, language],
	);

	if (columns < minimumSize.columns || rows < minimumSize.rows) return <TooSmall t={t} columns={columns} rows={rows} />;

	const body = bodyRows(rows);
	let main: React.ReactNode;
	if (state.mode === 'index') {
		main = <IndexView t={t} entries={indexEntries} current={state.slide} rows={body} columns={columns} onSelect={slide => dispatch({type: 'goto', slide})} />;
	} else if (state.mode === 'help') {
		main = <HelpView t={t} rows={body} columns={columns} />;
	} else if (state.showNotes) {
		const notes = layoutNotes(content, {notes: t('slide.notes'), source: t('slide.source')}, contentWidth(columns));
		const shown = notes.length > 0 ? notes : [[{text: t('slide.noNotes'), style: 'note' as const}]];
		// Both boxes share the body; the slide keeps what it needs, the notes get at least a few rows.
		const available = body - frame.borderRows;
		const slideRows = Math.max(1, Math.min(lines.length, available - Math.min(shown.length, 4)));
		main = (
			<>
				<SlideView kind={content.kind} lines={lines} rows={slideRows} columns={columns} moreLabel={t('slide.more')} />
				<NotesView lines={shown} rows={available - slideRows} columns={columns} />
			</>
		);
	} else {
		main = <SlideView kind={content.kind} lines={lines} rows={body} columns={columns} moreLabel={t('slide.more')} />;
	}

	return (
		<Box flexDirection="column" width={columns}>
			{main}
			<StatusBar
				t={t}
				current={state.slide + 1}
				total={state.slideCount}
				languageName={t('language.name')}
				nextLanguageName={chromeFor(i18n, nextLanguage)('language.name')}
				jump={state.jump}
				columns={columns}
			/>
		</Box>
	);
}
