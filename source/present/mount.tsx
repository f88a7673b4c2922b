import React from 'react';
import {render, type Instance} from 'ink';
import {App} from './app.js';
import type {I18n} from '../deck/i18n.js';
import type {Deck} from '../deck/load-deck.js';
import type {Action, State} from './state.js';

/** What the app shows and whom it tells: `feed` brings a shared presentation's actions in. */
export type AppRun = {
	deck: Deck;
	i18n: I18n;
	initial: State;
	onState: (state: State) => void;
	onSuspend: () => void;
	color: boolean;
	feed?: (dispatch: (action: Action) => void) => () => void;
};

const app = (run: AppRun, key?: number) => <App key={key} deck={run.deck} i18n={run.i18n} initial={run.initial} onState={run.onState} onSuspend={run.onSuspend} color={run.color} feed={run.feed} />;

/** Starts Ink on the alternate screen. Loaded by present() after the first frame is drawn:
 * this module pulls in React, Ink and yoga, most of start-up. */
export function mount(run: AppRun): Instance {
	return render(app(run), {
		exitOnCtrlC: false,
		patchConsole: false,
		maxFps: 60,
		alternateScreen: true,
	});
}

/** Shows another deck in the running app (a follower's presenter restarted with an edited deck):
 * a new `key` starts the app afresh from `run.initial`. */
export function remount(instance: Instance, run: AppRun, key: number): void {
	instance.rerender(app(run, key));
}
