import type {TFunction} from '../deck/i18n.js';
import {bindings, inRole} from './keymap.js';
import type {Role} from './state.js';
import {textWidth, truncate} from '../text/wrap.js';

// What the status bar shows, as plain parts: StatusBar draws them with Ink, the first frame
// (first-frame.ts) with SGR codes, so the two cannot differ.

export type StatusInput = {
	t: TFunction;
	current: number;
	total: number;
	languageName: string;
	nextLanguageName: string;
	jump: string;
	/** Presenter timer, already formatted ("12:05"). */
	elapsed: string;
	/** A deck in one language has nothing to switch to: no hint for t or b. */
	multilingual: boolean;
	/** What b does next, as its hint says it (bilingualHint()). */
	bilingualHint: string;
	/** A line that takes the hints' place (a follower browsing, a presenter gone). */
	notice?: string;
	role?: Role;
	columns: number;
};

/** Milliseconds as m:ss, or h:mm:ss past an hour. */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
	const two = (n: number) => String(n).padStart(2, '0');
	return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** What b does next, for its hint: with two languages "both" (then "one language"); with more,
 * the language it adds ("+ 日本語"), then "one language" after the last. `second` is the
 * language b shows next (state.ts nextSecond), by name. */
export function bilingualHint(t: TFunction, languageCount: number, second: string | undefined): string {
	if (second === undefined) return t('hints.single');
	return languageCount > 2 ? t('hints.beside', {language: second}) : t('hints.bilingual');
}

/** The key hints that fit in `room` columns: the table's bindings that have a hint, with their
 * first key, dropping the lowest-priority hints until the rest fit. */
function statusHints(input: StatusInput, room: number): string {
	const {t, nextLanguageName, multilingual, role, bilingualHint: bilingual} = input;
	let hints = bindings.flatMap(binding => {
		if (!binding.hint || !inRole(binding, role)) return [];
		const action = typeof binding.action === 'function' ? undefined : binding.action.type;
		if (!multilingual && (action === 'toggleLanguage' || action === 'toggleBilingual')) return [];
		const key = binding.keys[0]!;
		const cap = key.length === 1 ? key : t(`keycaps.${key}`);
		const label = action === 'toggleBilingual' ? bilingual : t(binding.hint.label, {language: nextLanguageName});
		return [{text: `${cap} ${label}`, priority: binding.hint.priority}];
	});
	const render = () => (hints.length > 0 ? ` ${hints.map(hint => hint.text).join(' · ')} ` : '');
	while (hints.length > 0 && textWidth(render()) > room) {
		const lowest = Math.min(...hints.map(hint => hint.priority));
		hints = hints.filter(hint => hint.priority !== lowest);
	}
	return render();
}

/** One row: position, a progress bar (when it fits), the language, and the most useful keys. */
export function statusLine(input: StatusInput) {
	const {t, current, total, languageName, jump, elapsed, columns, notice} = input;
	const position = ` ${t('status.position', {current, total})} `;
	const barWidth = Math.max(4, Math.min(20, Math.floor(columns / 6)));
	const filled = total > 1 ? Math.round((barWidth * (current - 1)) / (total - 1)) : barWidth;
	const language = columns >= 60 ? ` ${languageName}  ${elapsed} ` : ` ${languageName} `;

	const right = jump
		? ` ${t('status.jump', {number: jump})}`
		: notice
			? ` ${notice}`
			: statusHints(input, columns - textWidth(position) - barWidth - textWidth(language));
	const used = textWidth(position) + barWidth + textWidth(language);
	const showBar = used + 1 <= columns;
	const rest = columns - (showBar ? used : textWidth(position) + textWidth(language));
	const tail = truncate(right, Math.max(0, rest));
	const padding = ' '.repeat(Math.max(0, rest - textWidth(tail)));
	return {position, bar: showBar ? {filled: '━'.repeat(filled), empty: '─'.repeat(barWidth - filled)} : undefined, language, tail, padding};
}
