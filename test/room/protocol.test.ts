import {describe, expect, it} from 'vitest';
import {parseAddress} from '../../source/room/index.js';
import {roomName} from '../../source/room/paths.js';
import {clientMessageSchema, helloProtocol, parseMessage, serverMessageSchema} from '../../source/room/protocol.js';

describe('room protocol', () => {
	it('reads a client message only in its exact shape', () => {
		expect(parseMessage(clientMessageSchema, '{"type":"navigate","action":{"type":"goto","slide":"intro"}}')).toEqual({type: 'navigate', action: {type: 'goto', slide: 'intro'}});
		expect(parseMessage(clientMessageSchema, '{"type":"navigate","action":{"type":"quit"}}')).toBeUndefined();
		expect(parseMessage(clientMessageSchema, '{"type":"navigate","action":{"type":"next"},"x":1}')).toBeUndefined();
		expect(parseMessage(clientMessageSchema, '{"type":"navigate","action":{"type":"goto","slide":"' + 'a'.repeat(101) + '"}}')).toBeUndefined();
		expect(parseMessage(clientMessageSchema, 'not json')).toBeUndefined();
		expect(parseMessage(serverMessageSchema, '{"type":"position","position":{"slide":"a","language":"en","timerStart":1}}')).toBeDefined();
	});

	it("reads any version's hello for its version alone", () => {
		expect(helloProtocol('{"type":"hello","protocol":7,"whatever":{"new":true}}')).toBe(7);
		expect(helloProtocol('{"type":"helo","protocol":7}')).toBeUndefined();
		expect(helloProtocol('[]')).toBeUndefined();
	});

	it('parses a join address', () => {
		expect(parseAddress('192.0.2.1:4567/abc123')).toEqual({host: '192.0.2.1', port: 4567, token: 'abc123'});
		expect(parseAddress('[::1]:80/t')).toEqual({host: '::1', port: 80, token: 't'});
		expect(parseAddress('host.example:1/t')).toEqual({host: 'host.example', port: 1, token: 't'});
		for (const bad of ['1.2.3.4:80', '1.2.3.4/t', '1.2.3.4:0/t', '1.2.3.4:70000/t', 'a b:1/t', '1.2.3.4:1/t/u', '']) expect(parseAddress(bad)).toBeUndefined();
	});

	it('makes a presentation name a short file name', () => {
		expect(roomName('My Talk: Trams & Tea')).toBe('my-talk-trams-tea');
		expect(roomName('../../etc')).toBe('etc');
		expect(roomName('電車')).toBe('deck');
		expect(roomName('x'.repeat(100))).toHaveLength(40);
	});
});
