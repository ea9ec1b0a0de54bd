/**
 * zod schemas of the model, shared by the API validation and the data files.
 */
import { z } from 'zod';
import { HIGHLIGHT_COLORS } from './model';

export const selectorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) }),
]);

export const annotationOriginSchema = z.union([z.literal('own'), z.object({ packetId: z.string() })]);

export const annotationSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  target: z.object({ selector: z.array(selectorSchema) }),
  color: z.enum(HIGHLIGHT_COLORS),
  note: z.string(),
  tags: z.array(z.string()),
  origin: annotationOriginSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
