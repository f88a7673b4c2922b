import type {Key} from 'ink';
import type {Action, Mode} from './state.js';

// The key table: which key does what, in which mode. The help overlay and the status bar's
// hints are generated from this table, so they can never disagree with what the keys do.

/** A key as the table names it: "right", "space", "ctrl+c", or the character typed. */
export type KeyName = string;

export type Binding = {
	keys: KeyName[];
	action: Action | ((input: string) => Action);
	modes: Mode[];
	/** Key of the description in the "ui" locale namespace (help overlay). */
	help: string;
	/** Shown in the status bar with this short label key; when the bar is narrow, the hints
	 * with the lowest priority go first. */
	hint?: {label: string; priority: number};
};

/** Turns Ink's (input, key) pair into one name from the table's vocabulary. */
export function keyName(input: string, key: Key): KeyName | undefined {
	if (key.ctrl && input === 'c') return 'ctrl+c';
	if (key.rightArrow) return 'right';
	if (key.leftArrow) return 'left';
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.pageDown) return 'pagedown';
	if (key.pageUp) return 'pageup';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'return';
	if (key.escape) return 'escape';
	// Most terminals send DEL (0x7f) for Backspace, which Ink reports as "delete".
	if (key.backspace || key.delete) return 'backspace';
	if (key.tab) return 'tab';
	if (key.ctrl || key.meta) return undefined;
	if (input === ' ') return 'space';
	if (/^[0-9]$/.test(input)) return 'digit';
	// A single printable character; pastes and multi-character input are not commands.
	return [...input].length === 1 ? input : undefined;
}

const everywhere: Mode[] = ['slide', 'index', 'help'];

export const bindings: Binding[] = [
	{keys: ['right', 'l', 'j', 'down', 'space', 'pagedown'], action: {type: 'next'}, modes: ['slide'], help: 'keys.next', hint: {label: 'hints.next', priority: 2}},
	{keys: ['left', 'h', 'k', 'up', 'pageup'], action: {type: 'previous'}, modes: ['slide'], help: 'keys.previous'},
	{keys: ['home', 'g'], action: {type: 'first'}, modes: ['slide'], help: 'keys.first'},
	{keys: ['end', 'G'], action: {type: 'last'}, modes: ['slide'], help: 'keys.last'},
	{keys: ['digit'], action: input => ({type: 'typeDigit', digit: input}), modes: ['slide'], help: 'keys.jump'},
	{keys: ['return'], action: {type: 'confirm'}, modes: ['slide'], help: 'keys.confirm'},
	{keys: ['backspace'], action: {type: 'eraseDigit'}, modes: ['slide'], help: 'keys.erase'},
	{keys: ['t'], action: {type: 'toggleLanguage'}, modes: everywhere, help: 'keys.language', hint: {label: 'hints.language', priority: 6}},
	{keys: ['i'], action: {type: 'openIndex'}, modes: ['slide', 'index', 'help'], help: 'keys.index', hint: {label: 'hints.index', priority: 5}},
	{keys: ['n'], action: {type: 'toggleNotes'}, modes: ['slide'], help: 'keys.notes', hint: {label: 'hints.notes', priority: 1}},
	{keys: ['?'], action: {type: 'toggleHelp'}, modes: everywhere, help: 'keys.help', hint: {label: 'hints.help', priority: 4}},
	{keys: ['escape'], action: {type: 'close'}, modes: everywhere, help: 'keys.close'},
	{keys: ['q', 'ctrl+c'], action: {type: 'quit'}, modes: everywhere, help: 'keys.quit', hint: {label: 'hints.quit', priority: 3}},
];

export function actionFor(mode: Mode, input: string, key: Key): Action | undefined {
	const name = keyName(input, key);
	if (name === undefined) return undefined;
	const binding = bindings.find(b => b.modes.includes(mode) && b.keys.includes(name));
	if (!binding) return undefined;
	return typeof binding.action === 'function' ? binding.action(input) : binding.action;
}
