// Issue #10's network layer: a presentation shared with a console and followers.
//
//   const room = await share({deck, name, listen, shareNotes, maxFollowers, onNavigate});
//   room.publish({slide: 'intro', language: 'en', timerStart: Date.now()}); // at every change
//   room.joinCommand;   // "bideck follow HOST:PORT/TOKEN" when listening on TCP
//   await room.close(); // consoles and followers are told it ended
//
//   const attachment = attach({role: 'console' | 'follower', address?, name?, onDeck, onPosition, onStatus});
//   attachment.navigate({type: 'next'}); // a console's only
//   attachment.close();
//
// share() throws a RoomError (chrome key + values, under "room." in locales/<lang>/ui.json)
// when it cannot start: the name is taken by a live presentation, the socket folder is not
// private, the address cannot be listened on. attach() never throws: everything it has to say
// comes through onStatus(status, {key, values}) — 'connecting' (with room.waiting when no
// presentation is there yet), 'live', 'ended' (the presenter quit), 'lost' (it died or the
// connection broke), both followed by reconnecting with backoff; 'rejected' (bad address or
// token, a full room, another protocol version, a console from elsewhere, a deck that fails the
// checks) is final. onDeck gets a deck checked as loadDeck checks one from disk, again only when
// a reconnect brings a different one; onPosition every live position (latest wins).
//
// Protocol, limits and security model: docs/room-protocol.md.
//
// Security: no TCP listener without `listen`; TCP followers need the join token (compared in
// constant time); consoles only over the Unix socket, in a 0700 folder, the socket 0600 (Node
// cannot read a Unix socket's peer credentials; on Linux the permissions are the check).
// Followers' navigation is ignored. See share.ts for the limits on misbehaving peers.

export {share, defaultTiming, type Share, type ShareOptions, type Timing} from './share.js';
export {attach, parseAddress, defaultAttachTiming, type Attachment, type AttachOptions, type AttachTiming, type RoomStatus} from './attach.js';
export {protocolVersion, type LivePosition, type Navigate, type Role} from './protocol.js';
export {RoomError, type RoomMessage} from './room-error.js';
export {presentationName, listPresentations, socketDir} from './paths.js';
