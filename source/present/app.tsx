import React, {useEffect, useLayoutEffect, useMemo, useRef, useState} from 'react';
import {Box, useApp, useInput, usePaste, useStdin, useWindowSize} from 'ink';
import {searchCatalog} from '../deck/catalog.js';
import {own} from '../deck/own.js';
import {HelpView} from './components/HelpView.js';
import {IndexView} from './components/IndexView.js';
import {NotesView} from './components/NotesView.js';
import {SearchView} from './components/SearchView.js';
import {SlideView} from './components/SlideView.js';
import {SourcesView} from './components/SourcesView.js';
import {StatusBar} from './components/StatusBar.js';
import {ColorContext} from './components/palette.js';
import {TooSmall} from './components/TooSmall.js';
import {ConsoleView} from './components/ConsoleView.js';
import {JoinLine} from './components/JoinLine.js';
import {roomNotice} from './room-notice.js';
import {chromeFor, type I18n} from '../deck/i18n.js';
import {actionFor, splitKeys} from './keymap.js';
import {bodyRows, contentWidth, frame, layoutBilingual, layoutNotes, layoutSlide, minimumSize} from '../text/layout.js';
import type {Deck} from '../deck/load-deck.js';
import {slideContent} from '../deck/slide-content.js';
import {listed, nextSecond, slideCount, update, type Action, type State} from './state.js';
import {bilingualHint} from './status-line.js';

type Props = {
	deck: Deck;
	i18n: I18n;
	initial: State;
	/** Called with every new state (the caller remembers the place for the next start). */
	onState?: (state: State) => void;
	/** Stops the process once the terminal is given back (Ctrl+Z, SIGTSTP) and returns when it
	 * is continued; given only where the app owns a real terminal and process. */
	onSuspend?: () => void;
	/** Colours on; false for NO_COLOR or --no-color (bold and reverse video stay). */
	color?: boolean;
	/** Actions from outside the keyboard (a shared presentation: the console's requests, the
	 * presenter's position): called once with a dispatch; returns how to stop. */
	feed?: (dispatch: (action: Action) => void) => () => void;
};

/** Side by side needs room for two readable columns; narrower, the languages stack. */
const sideBySideColumns = 100;

export function App({deck, i18n, initial, onState, onSuspend, color = true, feed}: Props) {
	const {exit, suspendTerminal} = useApp();
	const {isRawModeSupported} = useStdin();
	const {columns, rows} = useWindowSize();
	const tooSmall = columns < minimumSize.columns || rows < minimumSize.rows;
	const [state, setState] = useState(initial);
	const {language, languages} = state;
	const role = state.room?.role;

	// Outside actions go through the same update as keys.
	useEffect(() => feed?.(action => setState(current => update(current, action))), [feed]);

	useEffect(() => {
		onState?.(state);
		if (state.quitting) exit();
	}, [state, onState, exit]);

	// Ctrl+Z: the shell gets a normal terminal (main screen, cursor, cooked mode) while bideck is
	// stopped; on fg, Ink takes the screen back and redraws. Without a process to stop, nothing to do.
	// Each stop of ours is followed by one SIGCONT, which then needs no redraw of its own.
	const ownStops = useRef(0);
	useEffect(() => {
		if (!state.suspended) return;
		const stop = () => {
			if (!onSuspend) return;
			ownStops.current++;
			onSuspend();
		};
		void suspendTerminal(stop).finally(() => setState(current => update(current, {type: 'resume'})));
	}, [state.suspended, suspendTerminal, onSuspend]);

	// The same from outside: `kill -TSTP` suspends as Ctrl+Z does. A SIGCONT after a stop that was
	// not ours (SIGSTOP) finds the terminal changed by the shell: take it back and redraw. A layout
	// effect, so that the listeners are there as soon as the app is mounted.
	useLayoutEffect(() => {
		if (!onSuspend) return;
		const onStop = () => setState(current => update(current, {type: 'suspend'}));
		const onContinue = () => {
			if (ownStops.current > 0) ownStops.current--;
			else void suspendTerminal(() => {});
		};
		process.on('SIGTSTP', onStop);
		process.on('SIGCONT', onContinue);
		return () => {
			process.off('SIGTSTP', onStop);
			process.off('SIGCONT', onContinue);
		};
	}, [onSuspend, suspendTerminal]);

	// The only input hook (the index's list is drawn, not focused): keys become actions. Several
	// characters can arrive in one read (fast typing, a paste): each is a key, and each is read
	// in the mode the previous one left, so "i" then "w" filters the index by "w".
	useInput(
		(input, key) => {
			setState(previous => {
				let current = previous;
				for (const [text, flags] of splitKeys(input, key)) {
					const action = actionFor(tooSmall ? 'tooSmall' : current.mode, text, flags, current.room?.role);
					if (action) current = update(current, action);
				}
				return current;
			});
		},
		{isActive: Boolean(isRawModeSupported)},
	);
	// Bracketed paste: a paste arrives whole, as text, never as a run of commands (a pasted "q"
	// must not quit).
	usePaste(text => setState(current => update(current, {type: 'paste', text})), {isActive: Boolean(isRawModeSupported)});

	const t = chromeFor(i18n, language);
	const after = (current: string) => languages[(languages.indexOf(current) + 1) % languages.length]!;
	const nextLanguage = after(language);
	// The console's t switches the projected language: its hint names what the projector will show.
	const projected = state.room?.live?.language;
	const toggledTo = role === 'console' && projected && languages.includes(projected) ? after(projected) : nextLanguage;
	// What b shows next beside this language (none: b goes back to one language).
	const besideNext = nextSecond(state);
	const content = useMemo(() => slideContent(deck, i18n, language, state.slide), [deck, i18n, language, state.slide]);
	const second = useMemo(
		() => (state.second !== undefined && state.second !== language ? slideContent(deck, i18n, state.second, state.slide) : undefined),
		[state.second, deck, i18n, language, state.slide],
	);
	const lines = useMemo(
		() => (second ? layoutBilingual(content, second, contentWidth(columns), columns >= sideBySideColumns) : layoutSlide(content, contentWidth(columns))),
		[content, second, columns],
	);
	const entries = useMemo(() => state.catalog.slides.map(slide => own(slide.languages, language)!), [state.catalog, language]);

	// Every component draws its looks through this palette: without colour when `color` is false.
	const painted = (view: React.ReactNode) => <ColorContext value={color}>{view}</ColorContext>;
	if (tooSmall) return painted(<TooSmall t={t} columns={columns} rows={rows} />);

	// The presenter's join line takes a row under the slide until the presenter moves on.
	const join = state.room?.join;
	const body = bodyRows(rows) - (join ? 1 : 0);
	let main: React.ReactNode;
	if (state.mode === 'index') {
		main = <IndexView t={t} entries={entries} listed={listed(state)} selected={state.selected} filter={state.query} rows={body} columns={columns} />;
	} else if (state.mode === 'search') {
		const names = Object.fromEntries(languages.map(name => [name, chromeFor(i18n, name)('language.name')]));
		const hits = searchCatalog(state.catalog, state.query, languages, language);
		main = <SearchView t={t} query={state.query} hits={hits} entries={entries} languageNames={names} selected={state.selected} rows={body} columns={columns} />;
	} else if (state.mode === 'help') {
		main = <HelpView t={t} rows={body} columns={columns} role={role} />;
	} else if (state.mode === 'sources') {
		main = <SourcesView t={t} title={content.text.title} sources={content.sourceRows} quoteMarks={content.quoteMarks} rows={body} columns={columns} />;
	} else if (role === 'console') {
		main = (
			<ConsoleView
				t={t}
				deck={deck}
				i18n={i18n}
				language={language}
				languages={languages}
				bothLanguages={state.second !== undefined}
				slide={state.slide}
				timerStart={state.timerStart}
				followers={state.room?.status === 'live' ? state.room.followers : undefined}
				projected={projected && languages.includes(projected) ? chromeFor(i18n, projected)('language.name') : undefined}
				columns={columns}
				rows={body + frame.borderRows}
			/>
		);
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
		main = <SlideView kind={second ? 'overview' : content.kind} lines={lines} rows={body} columns={columns} moreLabel={t('slide.more')} />;
	}

	return painted(
		<Box flexDirection="column" width={columns}>
			{main}
			{join ? <JoinLine text={t('share.join', {command: join})} columns={columns} /> : null}
			<StatusBar
				t={t}
				current={state.slide + 1}
				total={slideCount(state)}
				languageName={second ? `${t('language.name')} + ${chromeFor(i18n, state.second!)('language.name')}` : t('language.name')}
				nextLanguageName={chromeFor(i18n, toggledTo)('language.name')}
				bilingualHint={bilingualHint(t, languages.length, besideNext && chromeFor(i18n, besideNext)('language.name'))}
				jump={state.jump}
				timerStart={state.timerStart}
				multilingual={languages.length > 1}
				columns={columns}
				notice={roomNotice(t, state)}
				role={role}
			/>
		</Box>
	);
}
