import * as z from 'zod/mini';
import {limits} from '../deck/bounds.js';

// The messages between a presenter (share.ts) and its console and followers (attach.ts): one
// JSON text per WebSocket message, each checked with these schemas on arrival. The first message
// each way is a hello carrying the protocol version; a peer with another version is told so in
// one line and closed. Bump the version on any change that an older peer would misread.

export const protocolVersion = 1;

/** The largest message a presenter accepts (a hello or a navigation is well under 1 KiB). */
export const maxClientMessage = 4 * 1024;
/** The largest message a console or follower accepts: the deck, at most one deck file's limit
 * (read-json.ts, 5 MiB) per language of a deck of a handful, is sent once per connection. */
export const maxServerMessage = 64 * 1024 * 1024;

const name = z.string().check(z.maxLength(limits.nameLength));

/** Where the presentation is: what the projected screen shows, and since when. */
export const livePositionSchema = z.strictObject({
	slide: name,
	language: name,
	/** When the presenter's timer started, ms since the epoch. */
	timerStart: z.number(),
});
export type LivePosition = z.infer<typeof livePositionSchema>;

/** What a console may ask the presenter to do. */
export const navigateSchema = z.discriminatedUnion('type', [
	z.strictObject({type: z.literal('next')}),
	z.strictObject({type: z.literal('previous')}),
	z.strictObject({type: z.literal('first')}),
	z.strictObject({type: z.literal('last')}),
	z.strictObject({type: z.literal('goto'), slide: name}),
	z.strictObject({type: z.literal('toggleLanguage')}),
	z.strictObject({type: z.literal('resetTimer')}),
]);
export type Navigate = z.infer<typeof navigateSchema>;

export const roles = ['console', 'follower'] as const;
export type Role = (typeof roles)[number];

// A hello is read loosely: only its version is needed to tell a peer of another version so.
const helloVersion = z.looseObject({type: z.literal('hello'), protocol: z.int()});

export const clientMessageSchema = z.discriminatedUnion('type', [
	z.strictObject({type: z.literal('hello'), protocol: z.int(), role: z.enum(roles)}),
	z.strictObject({type: z.literal('navigate'), action: navigateSchema}),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** A deck as sent: the values of its files (slides/deck.json, and per language deck.json and,
 * when the deck has its own, ui.json), checked on arrival as if read from disk. */
export const wireDeckSchema = z.strictObject({
	structure: z.unknown(),
	languages: z.record(name, z.strictObject({text: z.unknown(), chrome: z.optional(z.unknown())})),
});
export type WireDeck = z.infer<typeof wireDeckSchema>;

export const serverMessageSchema = z.discriminatedUnion('type', [
	/** `join`, to a console only: the presenter's `bideck follow …` line, for the console to show. */
	z.strictObject({type: z.literal('hello'), protocol: z.int(), name, notes: z.boolean(), join: z.optional(z.string().check(z.maxLength(200)))}),
	z.strictObject({type: z.literal('deck'), deck: wireDeckSchema}),
	z.strictObject({type: z.literal('position'), position: livePositionSchema}),
	/** To a console only: how many followers are connected, sent when it changes. */
	z.strictObject({type: z.literal('audience'), followers: z.int().check(z.nonnegative())}),
	/** The presenter is quitting: the presentation has ended, not been lost. */
	z.strictObject({type: z.literal('end')}),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Close codes (4000–4999 are the application's own). */
export const closeCodes = {
	/** The peer speaks another protocol version. */
	version: 4001,
	/** Only a console on this machine's socket may ask for that role. */
	role: 4003,
	/** The presentation has as many followers (or consoles) as it takes. */
	full: 4029,
	/** No hello in time, a message that is not one of ours, or too many. */
	misbehaved: 4008,
	/** The presentation ended. */
	ended: 4010,
} as const;

/** Parses one message text: JSON, then the schema; undefined for anything else. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, data: string): T | undefined {
	let value: unknown;
	try {
		value = JSON.parse(data);
	} catch {
		return undefined;
	}
	const parsed = schema.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

/** The protocol version of a hello of any version, or undefined when it is no hello. */
export function helloProtocol(data: string): number | undefined {
	return parseMessage(helloVersion, data)?.protocol;
}
