/**
 * The data model: the single definition of every record in a Narratives dataset.
 * TypeScript types are inferred from these schemas, and data/schema/*.schema.json
 * is generated from them (npm run data:schema), so other tools read the same rules.
 */
import { z } from 'zod';
import { isValidPartialDate, precisionOf } from './dates.ts';
import {
  ACTOR_KINDS,
  ATTRIBUTIONS,
  CLAIM_FORMS,
  CLAIM_TYPES,
  FORMAT_VERSION,
  OBJECT_ROLES,
  PRECISIONS,
  QUANTITIES,
  SOURCE_KINDS,
  STANCES,
} from './vocabulary.ts';

export * from './vocabulary.ts';

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug: a-z, 0-9 and single hyphens')
  .max(120)
  .describe('Stable, readable identifier used in URLs');

export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isValidPartialDate, 'is not a real calendar date')
  .describe('Partial ISO date; its length is its precision (2004, 2004-11, 2004-11-29)');

const text = z.string().regex(/\S/, 'must not be empty');

export const sourceSchema = z
  .object({
    id: slugSchema.describe('Equal to the source text file name without .txt'),
    title: text,
    publisher: text,
    author: text.optional(),
    published: partialDateSchema,
    kind: z.enum(SOURCE_KINDS),
    url: z.url().optional(),
    notes: text.optional(),
  })
  .strict();

export const actorSchema = z
  .object({
    id: slugSchema,
    name: text,
    aliases: z.array(text).describe('Spelling and transliteration variants and abbreviations'),
    stance: z.enum(STANCES).describe('The capacity in which the actor usually speaks'),
    kind: z
      .enum(ACTOR_KINDS)
      .optional()
      .describe('A person, an organization, or an unnamed group of people (critics, protesters)'),
    role: text.describe('Short role, e.g. "President of Kazakhstan"'),
    description: text,
  })
  .strict();

/** A date with its honest precision: an event's, or when a claim was made. */
export const eventDateSchema = z
  .object({
    start: partialDateSchema,
    end: partialDateSchema.optional(),
    precision: z.enum(PRECISIONS),
    approximate: z.boolean().optional(),
    note: text.optional().describe('How the date was derived when the source does not state it'),
  })
  .strict()
  .superRefine((date, ctx) => {
    for (const key of ['start', 'end'] as const) {
      const value = date[key];
      if (value && isValidPartialDate(value) && precisionOf(value) !== date.precision) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${value}" does not match precision "${date.precision}"`,
        });
      }
    }
    if (date.end && date.end < date.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end "${date.end}" is before start "${date.start}"` });
    }
  });

export const placeSchema = z
  .object({
    name: text,
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  })
  .strict();

export const eventSchema = z
  .object({
    id: slugSchema,
    title: text,
    summary: text.describe('In the dataset editors\u2019 own words'),
    date: eventDateSchema,
    place: placeSchema,
    tags: z.array(slugSchema),
  })
  .strict();

export const figureSchema = z
  .object({
    quantity: z.enum(QUANTITIES),
    value: z.number().nonnegative().optional(),
    min: z.number().nonnegative().optional(),
    max: z.number().nonnegative().optional(),
    unit: text.optional().describe('What is counted when not people, e.g. "leaflets"'),
    label: text.describe('What exactly the number counts, in a few words'),
    approximate: z.boolean().optional(),
    derived: z
      .boolean()
      .optional()
      .describe("The speaker's own arithmetic on another actor's figure, not an estimate of its own"),
    basis: text.optional().describe('How a derived figure was worked out'),
  })
  .strict()
  .superRefine((figure, ctx) => {
    const hasRange = figure.min !== undefined || figure.max !== undefined;
    if ((figure.value === undefined) === !hasRange) {
      ctx.addIssue({ code: 'custom', message: 'give either value, or min and/or max' });
    }
    if (figure.min !== undefined && figure.max !== undefined && figure.max < figure.min) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'max is below min' });
    }
    if (figure.basis !== undefined && !figure.derived) {
      ctx.addIssue({ code: 'custom', path: ['basis'], message: 'only a derived figure has a basis' });
    }
  });

export const claimObjectSchema = z
  .object({
    actorId: slugSchema,
    role: z.enum(OBJECT_ROLES).describe('What the claim says of this actor'),
  })
  .strict();

export const claimSchema = z
  .object({
    id: slugSchema,
    eventId: slugSchema,
    actorId: slugSchema,
    stance: z.enum(STANCES).optional().describe('Only where the actor spoke in another capacity than usual'),
    type: z.enum(CLAIM_TYPES),
    form: z.enum(CLAIM_FORMS).optional().describe('Words said or written, or an act such as an arrest or a ban'),
    attribution: z
      .enum(ATTRIBUTIONS)
      .optional()
      .describe('How the claimant is known: named by the text, inferred by the editors, or the reporter itself'),
    attributionNote: text.optional().describe('Why the claimant was inferred, or anything else about who speaks'),
    hedges: z
      .array(text)
      .optional()
      .describe('The reporter\u2019s distancing words, verbatim from the quote ("allegedly", scare quotes)'),
    object: z.array(claimObjectSchema).optional().describe('The actors the claim is about, with their role'),
    objectNote: text.optional().describe('Why no object is named, or what the text says of it'),
    addressee: z.array(slugSchema).optional().describe('Actor ids the claim is directed at'),
    summary: text.describe('One sentence in the dataset editors\u2019 own words'),
    quote: text.describe('Verbatim span of the source text'),
    sourceId: slugSchema,
    reportedVia: z.array(slugSchema).describe('Actor ids the claim passed through, nearest the speaker first'),
    said: eventDateSchema.optional().describe('When the words were said or the act done, with its precision'),
    sharedQuoteNote: text
      .optional()
      .describe('Why the same quote also carries a claim of another actor or another event'),
    figures: z.array(figureSchema).optional(),
  })
  .strict();

export const disputeSchema = z
  .object({
    id: slugSchema,
    eventId: slugSchema,
    question: text,
    positions: z
      .array(z.object({ label: text, claimIds: z.array(slugSchema).min(1) }).strict())
      .min(2, 'a dispute needs at least two positions'),
  })
  .strict();

export const tableSchemas = {
  sources: z.array(sourceSchema),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
  claims: z.array(claimSchema),
  disputes: z.array(disputeSchema),
} as const;

/**
 * The small tables as a columnar companion carries them for a large dataset's first screen
 * (data/README.md): without the texts that only a page of their own shows, an event's
 * summary, an actor's description and which claims hold each position of a dispute.
 */
export const outlineSchemas = {
  sources: sourceSchema,
  actors: actorSchema.omit({ description: true }),
  events: eventSchema.omit({ summary: true }),
  disputes: disputeSchema.extend({
    positions: z.array(z.object({ label: text }).strict()).min(2, 'a dispute needs at least two positions'),
  }),
} as const;

/** One combined file holding all five tables: what the app loads and imports. */
export const datasetSchema = z
  .object({
    formatVersion: z
      .literal(FORMAT_VERSION)
      .optional()
      .describe('The version of the data format; files of an earlier version are migrated when opened'),
    ...tableSchemas,
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type ClaimObject = z.infer<typeof claimObjectSchema>;
export type Place = z.infer<typeof placeSchema>;
export type NarrativeEvent = z.infer<typeof eventSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
/** A dataset's outline: its small tables as its companion carries them (see outlineSchemas). */
export interface Outline {
  sources: Source[];
  actors: z.infer<typeof outlineSchemas.actors>[];
  events: z.infer<typeof outlineSchemas.events>[];
  disputes: z.infer<typeof outlineSchemas.disputes>[];
}
