import React from 'react';
import {render} from 'ink';
import {App} from './app.js';
import type {I18n} from '../deck/i18n.js';
import type {Deck} from '../deck/load-deck.js';
import type {Action, State} from './state.js';

/** Starts Ink on the alternate screen. Loaded by present() after the first frame is drawn:
 * this module pulls in React, Ink and yoga, most of start-up. `feed` brings a shared
 * presentation's actions in. */
export function mount(deck: Deck, i18n: I18n, initial: State, onState: (state: State) => void, onSuspend: () => void, color: boolean, feed?: (dispatch: (action: Action) => void) => () => void) {
	return render(<App deck={deck} i18n={i18n} initial={initial} onState={onState} onSuspend={onSuspend} color={color} feed={feed} />, {
		exitOnCtrlC: false,
		patchConsole: false,
		maxFps: 60,
		alternateScreen: true,
	});
}
