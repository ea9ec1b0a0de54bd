/**
 * One annotation between our model and a packet's W3C form: writing it (with its creator,
 * motivation and reply) and reading it back as a {@link ReadAnnotation}.
 */
import { MARGINALIA_NAMESPACE, W3C_CONTEXT } from '../export/w3c';
import { normaliseIsoDateTime } from '../import/isoDateTime';
import type { Annotation, HighlightColor, Motivation, Person, Selector } from '../model';
import { sha256Hex } from '../text/sha256';
import { uuidOfUrn, type PacketAnnotation } from './packetFormat';

/** An annotation read from a packet, in our model's terms (without the document and origin the service adds). */
export interface ReadAnnotation {
  /** The UUID, without `urn:uuid:`. */
  id: string;
  creator: Person;
  motivation: Motivation;
  color: HighlightColor;
  note: string;
  tags: string[];
  selectors: Selector[];
  /** For a reply: the UUID of the annotation it answers. */
  replyTo?: string;
  created: string;
  modified: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The UUID an annotation has in packets: its own id when that is a UUID (in lowercase), and
 * otherwise (an id kept from an imported file, such as `custom-id_1`) a UUID derived from it
 * by SHA-256 (version 8, RFC 9562), the same every time, so revisions and replies match.
 */
export function packetIdFor(id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  const hex = sha256Hex(`marginalia:annotation:${id}`);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The selectors as the packet writes them: a copy of each, the quote first. */
function packetSelectors(selectors: readonly Selector[]): Selector[] {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const out: Selector[] = [];
  if (quote?.type === 'TextQuoteSelector') out.push({ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix });
  if (position?.type === 'TextPositionSelector') out.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  return out;
}

/**
 * `a` as a packet annotation on the document named `documentIri`. A date that is not a valid
 * ISO 8601 date-time (one an older version stored) is replaced by `fallbackTime`.
 */
export function toPacketAnnotation(a: Annotation, documentIri: string, fallbackTime: string): PacketAnnotation {
  const created = normaliseIsoDateTime(a.createdAt) ?? fallbackTime;
  const body: NonNullable<PacketAnnotation['body']> = [];
  if (a.note.trim() !== '') body.push({ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const passage = { source: documentIri, selector: packetSelectors(a.target.selector) };
  const replyTo = a.replyTo === undefined ? undefined : `urn:uuid:${packetIdFor(a.replyTo)}`;
  return {
    '@context': [W3C_CONTEXT, { marginalia: MARGINALIA_NAMESPACE }],
    id: `urn:uuid:${packetIdFor(a.id)}`,
    type: 'Annotation',
    motivation: a.motivation,
    creator: { id: a.creator.id, type: 'Person', name: a.creator.name },
    created,
    modified: normaliseIsoDateTime(a.updatedAt) ?? created,
    ...(body.length > 0 ? { body } : {}),
    target: replyTo === undefined ? passage : [replyTo, passage],
    'marginalia:color': a.color,
    ...(replyTo === undefined ? {} : { 'marginalia:replyTo': replyTo }),
  };
}

/** The passage part of an annotation's target, in either form (a reply's target is `[iri, passage]`). */
export function passageOf(a: PacketAnnotation): Exclude<PacketAnnotation['target'], unknown[]> {
  return Array.isArray(a.target) ? a.target[1] : a.target;
}

/** The answered annotation's IRI, from `marginalia:replyTo` or from a reply's array target; null for no reply. */
export function replyIriOf(a: PacketAnnotation): string | null {
  return a['marginalia:replyTo'] ?? (Array.isArray(a.target) ? a.target[0] : null);
}

/** A packet annotation (already validated) in our model's terms. */
export function fromPacketAnnotation(a: PacketAnnotation): ReadAnnotation {
  const bodies = a.body ?? [];
  const replyIri = replyIriOf(a);
  return {
    id: uuidOfUrn(a.id) ?? a.id,
    creator: { id: a.creator.id, type: 'Person', name: a.creator.name },
    motivation: a.motivation,
    color: a['marginalia:color'],
    note: bodies.find((b) => b.purpose === 'commenting')?.value ?? '',
    tags: bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value),
    selectors: packetSelectors(passageOf(a).selector),
    ...(replyIri === null ? {} : { replyTo: uuidOfUrn(replyIri) ?? replyIri }),
    created: a.created,
    modified: a.modified,
  };
}
