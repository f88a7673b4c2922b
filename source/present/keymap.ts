import type {Key} from 'ink';
import type {Action, Mode, Role} from './state.js';
import {graphemeSegmenter} from '../text/text-width.js';

// The key table: which key does what, in which mode. The help overlay and the status bar's
// hints are generated from this table, so they can never disagree with what the keys do.

/** A key as the table names it: "right", "space", "ctrl+c", or the character typed. */
export type KeyName = string;

/** Where keys are read: the state's mode, or a terminal too small to show it, where only the
 * keys its message names (quit, suspend) work and nothing is typed. */
export type KeyMode = Mode | 'tooSmall';

export type Binding = {
	keys: KeyName[];
	action: Action | ((input: string) => Action);
	modes: KeyMode[];
	/** Key of the description in the "ui" locale namespace (help overlay). */
	help: string;
	/** Shown in the status bar with this short label key; when the bar is narrow, the hints
	 * with the lowest priority go first. */
	hint?: {label: string; priority: number};
	/** Only in these programs of a shared presentation (f, follow, is the follower's). */
	roles?: Role[];
};

/** Whether a binding works in `role` (a presentation of one's own is the presenter's). */
export const inRole = (binding: Binding, role: Role = 'presenter') => !binding.roles || binding.roles.includes(role);

/** Turns Ink's (input, key) pair into one name from the table's vocabulary. */
export function keyName(input: string, key: Key): KeyName | undefined {
	if (key.ctrl && input === 'c') return 'ctrl+c';
	if (key.ctrl && input === 'z') return 'ctrl+z';
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

const everywhere: Mode[] = ['slide', 'index', 'help', 'search', 'sources'];
/** Modes where letters are text (the index filter, the search query), not commands. */
const typingModes: Mode[] = ['index', 'search'];
const commandModes: Mode[] = ['slide', 'help', 'sources'];
const lists: Mode[] = typingModes;

export const bindings: Binding[] = [
	{keys: ['right', 'l', 'j', 'down', 'space', 'pagedown'], action: {type: 'next'}, modes: ['slide', 'sources'], help: 'keys.next', hint: {label: 'hints.next', priority: 2}},
	{keys: ['left', 'h', 'k', 'up', 'pageup'], action: {type: 'previous'}, modes: ['slide', 'sources'], help: 'keys.previous'},
	{keys: ['home', 'g'], action: {type: 'first'}, modes: ['slide', 'sources'], help: 'keys.first'},
	{keys: ['end', 'G'], action: {type: 'last'}, modes: ['slide', 'sources'], help: 'keys.last'},
	{keys: ['digit'], action: input => ({type: 'typeDigit', digit: input}), modes: ['slide'], help: 'keys.jump'},
	{keys: ['return'], action: {type: 'confirm'}, modes: ['slide', ...lists], help: 'keys.confirm'},
	{keys: ['backspace'], action: {type: 'eraseDigit'}, modes: ['slide'], help: 'keys.erase'},
	{keys: ['t'], action: {type: 'toggleLanguage'}, modes: commandModes, help: 'keys.language', hint: {label: 'hints.language', priority: 9}},
	{keys: ['tab'], action: {type: 'toggleLanguage'}, modes: everywhere, help: 'keys.language'},
	{keys: ['b'], action: {type: 'toggleBilingual'}, modes: ['slide', 'sources'], help: 'keys.bilingual', hint: {label: 'hints.bilingual', priority: 5}},
	{keys: ['i'], action: {type: 'openIndex'}, modes: commandModes, help: 'keys.index', hint: {label: 'hints.index', priority: 8}},
	{keys: ['/'], action: {type: 'openSearch'}, modes: commandModes, help: 'keys.search', hint: {label: 'hints.search', priority: 6}},
	{keys: ['s'], action: {type: 'toggleSources'}, modes: ['slide', 'sources'], help: 'keys.sources', hint: {label: 'hints.sources', priority: 3}},
	{keys: ['n'], action: {type: 'toggleNotes'}, modes: ['slide'], help: 'keys.notes', hint: {label: 'hints.notes', priority: 4}},
	{keys: ['r'], action: () => ({type: 'resetTimer', now: Date.now()}), modes: ['slide'], help: 'keys.timer', hint: {label: 'hints.timer', priority: 0.5}},
	// No hint: while browsing, the status bar's notice says "f to follow" itself.
	{keys: ['f'], action: {type: 'follow'}, modes: ['slide', 'sources'], help: 'keys.follow', roles: ['follower']},
	{keys: ['?'], action: {type: 'toggleHelp'}, modes: commandModes, help: 'keys.help', hint: {label: 'hints.help', priority: 7}},
	{keys: ['up'], action: {type: 'moveSelection', by: -1}, modes: lists, help: 'keys.listMove'},
	{keys: ['down'], action: {type: 'moveSelection', by: 1}, modes: lists, help: 'keys.listMove'},
	{keys: ['pageup'], action: {type: 'moveSelection', by: -10}, modes: lists, help: 'keys.listMove'},
	{keys: ['pagedown'], action: {type: 'moveSelection', by: 10}, modes: lists, help: 'keys.listMove'},
	{keys: ['backspace'], action: {type: 'eraseText'}, modes: lists, help: 'keys.erase'},
	{keys: ['escape'], action: {type: 'close'}, modes: everywhere, help: 'keys.close'},
	{keys: ['q'], action: {type: 'quit'}, modes: [...commandModes, 'tooSmall'], help: 'keys.quit', hint: {label: 'hints.quit', priority: 7.5}},
	{keys: ['ctrl+c'], action: {type: 'quit'}, modes: [...everywhere, 'tooSmall'], help: 'keys.quit'},
	{keys: ['ctrl+z'], action: {type: 'suspend'}, modes: [...everywhere, 'tooSmall'], help: 'keys.suspend'},
];

/** Every key in one read, each on its own: plain text splits into one key per character; special
 * keys stay whole (Ink already splits repeated arrows and Backspaces, 0x7F, into events of their
 * own). Two Escs in one read reach Ink's parser as one "meta+Esc" event: they are two Escs. */
export function splitKeys(input: string, key: Key): Array<[string, Key]> {
	if (key.escape && key.meta) {
		const escape: Key = {...key, meta: false};
		return [[input, escape], [input, escape]];
	}
	const special = Object.entries(key).some(([name, value]) => value === true && name !== 'shift');
	if (special || input.length <= 1) return [[input, key]];
	return Array.from(graphemeSegmenter().segment(input), ({segment}) => [segment, {...key, shift: /^[A-Z]$/.test(segment)}]);
}

/** Control characters never become typed text. */
const printable = (input: string) => input.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');

export function actionFor(mode: KeyMode, input: string, key: Key, role?: Role): Action | undefined {
	const name = keyName(input, key);
	const binding = name === undefined ? undefined : bindings.find(b => b.modes.includes(mode) && b.keys.includes(name) && inRole(b, role));
	if (binding) return typeof binding.action === 'function' ? binding.action(input) : binding.action;
	// In the index and search, anything else printable — a letter, CJK from an IME, a paste — is text.
	if (mode !== 'tooSmall' && typingModes.includes(mode) && !key.ctrl && !key.meta) {
		const text = printable(input);
		if (text) return {type: 'typeText', text};
	}
	return undefined;
}
