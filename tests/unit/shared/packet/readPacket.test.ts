import { describe, expect, it } from 'vitest';
import { serialisePacket } from '../../../../shared/packet/buildPacket';
import type { MarginaliaPacket } from '../../../../shared/packet/packetFormat';
import { readPacket } from '../../../../shared/packet/readPacket';
import { DOCUMENT, validHandInJson, validPacketJson } from './packetFixtures';

// Loose access to the JSON data, to break it in ways the types would not allow.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A valid packet's JSON text with `change` applied to its data. */
function packetWith(change: (p: Json) => void, base: () => MarginaliaPacket = validPacketJson): string {
  const data = base() as Json;
  change(data);
  return JSON.stringify(data, null, 2);
}

const handInWith = (change: (p: Json) => void) => packetWith(change, validHandInJson);

/** A valid packet's text with raw JSON inserted right after the opening brace of the object that starts with `"key":`. */
function insertedBefore(key: string, rawMember: string, text = serialisePacket(validPacketJson())): string {
  const at = text.indexOf(`"${key}":`);
  if (at < 0) throw new Error(`no ${key} in the packet`);
  return `${text.slice(0, at)}${rawMember}, ${text.slice(at)}`;
}

const END = '; nothing was imported.';

/** Puts one inline mark on the packet's second block (which starts at character 30) and sets the format version. */
function withMark(p: Json, mark: Json, formatVersion = 2): void {
  p.formatVersion = formatVersion;
  p.document.blocks[1].marks = [mark];
}
const BIG = 100_001;
const TEXT_LENGTH = DOCUMENT.text.length;
const BLOCK_2_END = DOCUMENT.blocks[1]!.end;

/** One hostile file per way a packet is refused, each with the sentence the user sees. */
const hostile: Array<[string, () => string, string]> = [
  // Not JSON, not a packet, not this version.
  ['invalid JSON', () => '{"format": "marginalia-packet", "kind": ', `This file is not a Marginalia packet: it is not valid JSON${END}`],
  ['an empty file', () => '', `This file is not a Marginalia packet: it is not valid JSON${END}`],
  [
    'a W3C collection, not a packet',
    () => JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 0 }),
    `This file is not a Marginalia packet or hand-in (it does not say "format": "marginalia-packet")${END}`,
  ],
  ['a JSON array', () => '[]', `This file is not a Marginalia packet or hand-in (it does not say "format": "marginalia-packet")${END}`],
  ['JSON null', () => 'null', `This file is not a Marginalia packet or hand-in (it does not say "format": "marginalia-packet")${END}`],
  ['a future formatVersion', () => packetWith((p) => (p.formatVersion = 3)), 'This packet was made by a newer Marginalia (format 3); update Marginalia to open it.'],
  ['a formatVersion that is text', () => packetWith((p) => (p.formatVersion = '1')), `The packet's “formatVersion” should be “1” or “2”${END}`],
  ['formatVersion 0', () => packetWith((p) => (p.formatVersion = 0)), `The packet's “formatVersion” should be “1” or “2”${END}`],
  ['an unknown kind', () => packetWith((p) => (p.kind = 'quiz')), `The packet's “kind” should be “packet” or “hand-in”${END}`],

  // Prototype keys anywhere, nesting beyond any real packet.
  ['a __proto__ key at the top', () => insertedBefore('format', '"__proto__": { "polluted": true }'), `The file contains a field named “__proto__”, which Marginalia never writes, so it was refused${END}`],
  ['a constructor key deep inside a selector', () => insertedBefore('exact', '"constructor": { "prototype": 1 }'), `The file contains a field named “constructor”, which Marginalia never writes, so it was refused${END}`],
  ['a prototype key in the author', () => insertedBefore('name', '"prototype": null'), `The file contains a field named “prototype”, which Marginalia never writes, so it was refused${END}`],
  [
    'arrays nested 100,000 deep',
    () => `{"format":"marginalia-packet","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    `The file nests more than 32 levels deep, which no Marginalia packet does${END}`,
  ],
  [
    'objects nested 100,000 deep',
    () => `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
    `The file nests more than 32 levels deep, which no Marginalia packet does${END}`,
  ],

  // Wrong types and unknown keys.
  ['an unknown top-level key', () => packetWith((p) => (p.extra = true)), `The packet has a field Marginalia does not know, “extra”${END}`],
  ['an unknown key in a selector', () => packetWith((p) => (p.annotations[0].target.selector[0].refinedBy = {})), `The “target.selector[0]” of annotation 1 has a field Marginalia does not know, “refinedBy”${END}`],
  ['an unknown key in the document', () => packetWith((p) => (p.document.html = '<p>')), `The packet's “document” has a field Marginalia does not know, “html”${END}`],
  ['a revision that is text', () => packetWith((p) => (p.revision = '2')), `The packet's “revision” should be a number${END}`],
  ['revision 0', () => packetWith((p) => (p.revision = 0)), `The packet's “revision” should be 1 or more${END}`],
  ['a fractional revision', () => packetWith((p) => (p.revision = 1.5)), `The packet's “revision” should be a whole number${END}`],
  ['a missing title', () => packetWith((p) => delete p.title), `The packet's “title” is missing${END}`],
  ['an empty title', () => packetWith((p) => (p.title = '')), `The packet's “title” is empty${END}`],
  ['a title of 501 characters', () => packetWith((p) => (p.title = 'x'.repeat(501))), `The packet's “title” is longer than 500 characters${END}`],
  ['instructions over 20,000 characters', () => packetWith((p) => (p.instructions = 'x'.repeat(20_001))), `The packet's “instructions” is longer than 20,000 characters${END}`],
  ['a created date that is not ISO 8601', () => packetWith((p) => (p.created = 'last Tuesday')), `The packet's “created” is not an ISO 8601 date-time with a time zone${END}`],
  ['an impossible date', () => packetWith((p) => (p.annotations[0].modified = '2026-02-30T10:00:00Z')), `The “modified” of annotation 1 is not an ISO 8601 date-time with a time zone${END}`],
  ['a colour Marginalia does not have', () => packetWith((p) => (p.annotations[1]['marginalia:color'] = 'red')), `The “marginalia:color” of annotation 2 should be “yellow” or “green” or “blue” or “pink” or “purple”${END}`],
  ['an unknown motivation', () => packetWith((p) => (p.annotations[0].motivation = 'bookmarking')), `The “motivation” of annotation 1 should be “highlighting” or “commenting” or “questioning” or “replying”${END}`],
  ['a tag that is a number', () => packetWith((p) => (p.annotations[0].body[1].value = 7)), `The “body[1].value” of annotation 1 should be text${END}`],
  ['a tag with a control character', () => packetWith((p) => (p.annotations[0].body[1].value = 'a\u0007b')), `The “body[1].value” of annotation 1 contains control characters${END}`],
  ['annotations that are not a list', () => packetWith((p) => (p.annotations = {})), `The packet's “annotations” should be a list${END}`],
  ['an annotation that is a string', () => packetWith((p) => (p.annotations[2] = 'x')), `Annotation 3 should be an object${END}`],
  ['a selector of an unknown type', () => packetWith((p) => (p.annotations[0].target.selector[1] = { type: 'XPathSelector', value: '/p' })), `The “target.selector[1].type” of annotation 1 should be “TextQuoteSelector” or “TextPositionSelector”${END}`],
  ['a wrong @context', () => packetWith((p) => (p.annotations[0]['@context'] = 'http://example.com/ctx')), `The “@context” of annotation 1 should be a list${END}`],
  ['a missing document sha256', () => packetWith((p) => delete p.document.sha256), `The packet's “document.sha256” is missing${END}`],
  ['a sha256 in capitals', () => packetWith((p) => (p.document.sha256 = p.document.sha256.toUpperCase())), `The packet's “document.sha256” is not a SHA-256 digest (64 lowercase hex digits)${END}`],
  ['a packet without its text', () => packetWith((p) => delete p.document.text), `The packet's “document.text” is missing${END}`],

  // Ids.
  ['a packet id that is not a urn:uuid', () => packetWith((p) => (p.id = 'packet-1')), `The packet's “id” is not a lowercase urn:uuid: identifier${END}`],
  ['an annotation id that is not a urn:uuid', () => packetWith((p) => (p.annotations[1].id = 'urn:marginalia:annotation:x')), `The “id” of annotation 2 is not a lowercase urn:uuid: identifier${END}`],
  ['an annotation id in capitals', () => packetWith((p) => (p.annotations[1].id = p.annotations[1].id.toUpperCase())), `The “id” of annotation 2 is not a lowercase urn:uuid: identifier${END}`],
  ['a creator id that is not a urn:uuid', () => packetWith((p) => (p.annotations[0].creator.id = 'mailto:t@example.com')), `The “creator.id” of annotation 1 is not a lowercase urn:uuid: identifier${END}`],
  ['an author id with a trailing newline', () => packetWith((p) => (p.author.id += '\n')), `The packet's “author.id” is not a lowercase urn:uuid: identifier${END}`],
  ['two annotations with one id', () => packetWith((p) => (p.annotations[2].id = p.annotations[0].id)), `Annotation 3 has the same id as an earlier one (urn:uuid:aaaaaaaa-0000-4000-8000-000000000001)${END}`],
  ['an annotation by someone else', () => packetWith((p) => (p.annotations[1].creator.id = 'urn:uuid:99999999-9999-4999-8999-999999999999')), `Annotation 2 was made by someone other than the packet's author (urn:uuid:99999999-9999-4999-8999-999999999999)${END}`],
  ['an annotation on another document', () => packetWith((p) => (p.annotations[0].target.source = 'urn:marginalia:document:d00000000000000000000')), `Annotation 1 is on another document than the packet's${END}`],
  ['a target source that is not ours', () => packetWith((p) => (p.annotations[0].target.source = 'https://example.com/tea')), `The “target.source” of annotation 1 is not a Marginalia document IRI (urn:marginalia:document:d…)${END}`],

  // Selectors.
  ['a position past the end of the text', () => packetWith((p) => (p.annotations[0].target.selector[1].end = p.document.text.length + 1)), `Annotation 1 points past the end of the document's text (character ${TEXT_LENGTH + 1} of ${TEXT_LENGTH})${END}`],
  ['a position whose start is after its end', () => packetWith((p) => Object.assign(p.annotations[0].target.selector[1], { start: 50, end: 10 })), `Annotation 1 has a position that covers no text (start 50, end 10)${END}`],
  ['a negative position', () => packetWith((p) => (p.annotations[0].target.selector[1].start = -1)), `The “target.selector[1].start” of annotation 1 should not be negative${END}`],
  ['an empty quote', () => packetWith((p) => (p.annotations[2].target.selector[0].exact = '')), `The “target.selector[0].exact” of annotation 3 is empty: an annotation must quote some text${END}`],
  ['no selector', () => packetWith((p) => (p.annotations[0].target.selector = [])), `The “target.selector” of annotation 1 has no selector${END}`],
  ['two quote selectors', () => packetWith((p) => (p.annotations[0].target.selector[1] = p.annotations[0].target.selector[0])), `Annotation 1 has two selectors of the same type${END}`],
  ['two notes', () => packetWith((p) => p.annotations[0].body.push({ ...p.annotations[0].body[0] })), `Annotation 1 has more than one note${END}`],

  // Too many annotations.
  [`${BIG.toLocaleString('en')} annotations`, () => packetWith((p) => (p.annotations = new Array(BIG).fill(0))), `The file holds 100,001 annotations, more than the 100,000 Marginalia opens${END}`],

  // The text against its fingerprint, and the blocks against the text.
  ['a text changed after it was fingerprinted', () => packetWith((p) => (p.document.text = p.document.text.replace('Canton', 'Kanton'))), `The packet's text does not match its fingerprint, so it may have been changed${END}`],
  ['a text one character longer', () => packetWith((p) => (p.document.text += ' ')), `The packet's text does not match its fingerprint, so it may have been changed${END}`],
  ['blocks out of order', () => packetWith((p) => p.document.blocks.reverse()), `Block 2 of the document starts inside or before the block before it, so the blocks are out of order or overlap${END}`],
  ['overlapping blocks', () => packetWith((p) => (p.document.blocks[2].start = p.document.blocks[1].end - 3)), `Block 3 of the document starts inside or before the block before it, so the blocks are out of order or overlap${END}`],
  ['a block past the end of the text', () => packetWith((p) => (p.document.blocks.at(-1).end = 9999)), `Block 4 of the document ends at character 9999, after the end of the text (${TEXT_LENGTH})${END}`],
  ['a block that ends before it starts', () => packetWith((p) => (p.document.blocks[1].end = 20)), `Block 2 of the document ends before it starts (30–20)${END}`],
  // Inline marks (format version 2): inside their block, links only to web and e-mail addresses.
  ['a javascript: link', () => packetWith((p) => withMark(p, { kind: 'link', start: 30, end: 35, href: 'javascript:alert(1)' })), `The packet's “document.blocks[1].marks[0].href” is not an http(s) or mailto address${END}`],
  ['a link whose address hides its site', () => packetWith((p) => withMark(p, { kind: 'link', start: 30, end: 35, href: 'https://bank.example@evil.example/' })), `Mark 1 of block 2 of the document links to an address Marginalia does not open (https://bank.example@evil.example/)${END}`],
  ['a mark outside its block', () => packetWith((p) => withMark(p, { kind: 'emphasis', start: 2, end: 35 })), `Mark 1 of block 2 of the document lies outside its block (2–35, block 30–${BLOCK_2_END})${END}`],
  ['a mark that covers nothing', () => packetWith((p) => withMark(p, { kind: 'strong', start: 31, end: 31 })), `Mark 1 of block 2 of the document covers no text (start 31, end 31)${END}`],
  ['a link without an address', () => packetWith((p) => withMark(p, { kind: 'link', start: 30, end: 35 })), `Mark 1 of block 2 of the document is a link without an address${END}`],
  ['an address on emphasis', () => packetWith((p) => withMark(p, { kind: 'emphasis', start: 30, end: 35, href: 'https://a.example/' })), `Mark 1 of block 2 of the document has an address but is not a link${END}`],
  ['a mark that splits the emoji 🍵 in two', () => packetWith((p) => withMark(p, { kind: 'strong', start: 30, end: DOCUMENT.text.indexOf('🍵') + 1 })), `Mark 1 of block 2 of the document starts or ends inside a character (between the halves of a surrogate pair)${END}`],
  ['marks on a code block', () => packetWith((p) => { withMark(p, { kind: 'strong', start: 30, end: 35 }); p.document.blocks[1].kind = 'code'; }), `Block 2 of the document is code but has inline marks, which code never carries${END}`],
  ['marks in a version 1 file', () => packetWith((p) => withMark(p, { kind: 'emphasis', start: 30, end: 35 }, 1)), `Block 2 of the document has inline marks, which format version 1 cannot carry${END}`],
  ['a block of an unknown kind', () => packetWith((p) => (p.document.blocks[0].kind = 'script')), `The packet's “document.blocks[0].kind” should be “heading” or “paragraph” or “quote” or “list-item” or “code” or “caption”${END}`],

  // Packets and hand-ins.
  ['a hand-in without answers', () => handInWith((p) => delete p.answers), `This hand-in does not say which packet it answers, so it cannot be matched to one${END}`],
  ['a packet with answers', () => packetWith((p) => (p.answers = { packet: p.id, revision: 1 })), `This packet says it answers another packet, which only a hand-in may${END}`],
  ['a hand-in answering a packet id that is not a urn:uuid', () => handInWith((p) => (p.answers.packet = '33333333-3333-4333-8333-333333333333')), `The hand-in's “answers.packet” is not a lowercase urn:uuid: identifier${END}`],
  ['a hand-in with blocks but no text', () => handInWith((p) => (p.document.blocks = [])), `The hand-in carries the document's text without its blocks or its blocks without the text${END}`],

  // Replies.
  ['a reply that does not say what it answers', () => handInWith((p) => { const r = p.annotations.find((a: Json) => a.motivation === 'replying'); delete r['marginalia:replyTo']; r.target = r.target[1]; }), `Annotation 2 is a reply but does not say what it answers${END}`],
  ['a reply target naming another annotation than replyTo', () => handInWith((p) => (p.annotations.find((a: Json) => a.motivation === 'replying').target[0] = 'urn:uuid:cccccccc-0000-4000-8000-000000000000')), `Annotation 2 names two different annotations it answers${END}`],
  ['a highlight that answers something', () => handInWith((p) => (p.annotations[0]['marginalia:replyTo'] = 'urn:uuid:cccccccc-0000-4000-8000-000000000000')), `Annotation 1 answers another annotation but is not marked as a reply${END}`],
  ['a reply to itself', () => handInWith((p) => { const r = p.annotations.find((a: Json) => a.motivation === 'replying'); r['marginalia:replyTo'] = r.id; r.target[0] = r.id; }), `Annotation 2 answers itself${END}`],
  ['a reply target that is not a urn:uuid', () => handInWith((p) => (p.annotations.find((a: Json) => a.motivation === 'replying').target[0] = 'https://example.com/a/1')), `The “target[0]” of annotation 2 is not a lowercase urn:uuid: identifier${END}`],
];

describe('readPacket refuses a hostile file whole, saying why in one sentence', () => {
  it.each(hostile)('%s', (_name, make, problem) => {
    expect(readPacket(make())).toEqual({ ok: false, problem });
  });
});

describe('readPacket', () => {
  it('reads the files the hostile cases start from', () => {
    expect(readPacket(serialisePacket(validPacketJson())).ok).toBe(true);
    expect(readPacket(serialisePacket(validHandInJson())).ok).toBe(true);
  });

  it('reads a reply written with a plain target and marginalia:replyTo, and one written with only the array target', () => {
    const plain = handInWith((p) => {
      const r = p.annotations.find((a: Json) => a.motivation === 'replying');
      r.target = r.target[1];
    });
    const arrayOnly = handInWith((p) => delete p.annotations.find((a: Json) => a.motivation === 'replying')['marginalia:replyTo']);
    for (const text of [plain, arrayOnly]) {
      const read = readPacket(text);
      if (!read.ok) throw new Error(read.problem);
      expect(read.annotations.find((a) => a.motivation === 'replying')?.replyTo).toBe('aaaaaaaa-0000-4000-8000-000000000003');
    }
  });

  it('skips a byte-order mark', () => {
    expect(readPacket(`\uFEFF${serialisePacket(validPacketJson())}`).ok).toBe(true);
  });

  it('honours a lower maxAnnotations, but never a higher one than the format allows', () => {
    expect(readPacket(serialisePacket(validPacketJson()), { maxAnnotations: 2 })).toEqual({
      ok: false,
      problem: `The file holds 3 annotations, more than the 2 Marginalia opens${END}`,
    });
    const many = packetWith((p) => (p.annotations = new Array(BIG).fill(0)));
    expect(readPacket(many, { maxAnnotations: 10 ** 9 })).toMatchObject({ ok: false, problem: expect.stringContaining('more than the 100,000') });
  });

  it('does not count brackets inside strings as nesting', () => {
    const text = packetWith((p) => (p.instructions = '[[[[{{{{'.repeat(100) + '\\"[[[['));
    expect(readPacket(text).ok).toBe(true);
  });

  it('accepts a hand-in that carries only the title and fingerprint of the document', () => {
    const text = handInWith((p) => (p.document = { title: p.document.title, sha256: p.document.sha256 }));
    expect(readPacket(text).ok).toBe(true);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['{', '1', '"x"', 'true', '{"format":"marginalia-packet"}', '{"format":"marginalia-packet","annotations":7}', '\u0000', '{"format":"marginalia-packet","formatVersion":1e400}']) {
      const read = readPacket(text);
      expect(read.ok).toBe(false);
      expect(read.ok ? '' : read.problem).toMatch(/^[A-Z].*[.]$/);
    }
  });
});
