/**
 * The closed vocabularies of the data model. Kept apart from the zod schemas so that
 * the app can use them without loading the validator.
 */

export const STANCES = [
  'official',
  'opposition',
  'analyst',
  'militant',
  'foreign-government',
  'international-org',
  'media',
  'other',
] as const;

export const CLAIM_TYPES = [
  'responsibility',
  'casualties',
  'characterization',
  'motive',
  'denial',
  'evidence',
  'warning',
  'legal-action',
  'accusation',
  'context',
] as const;

export const PRECISIONS = ['day', 'month', 'year'] as const;

export const SOURCE_KINDS = [
  'blog',
  'opinion',
  'wiki',
  'news',
  'diplomatic-cable',
  'report',
  'press-release',
  'court-record',
  'social-media',
  'book',
  'other',
] as const;

/** What a number in a claim counts (issue: figures on one axis). */
export const QUANTITIES = [
  'killed',
  'wounded',
  'arrested',
  'attackers',
  'troops',
  'suspects',
  'sentenced',
  'seized',
  'other',
] as const;

export type Stance = (typeof STANCES)[number];
export type ClaimType = (typeof CLAIM_TYPES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Quantity = (typeof QUANTITIES)[number];

export const TABLES = ['sources', 'actors', 'events', 'claims', 'disputes'] as const;
export type TableName = (typeof TABLES)[number];
/**
 * Every table but the claims: what a columnar companion carries an outline of, and what a
 * large dataset's rows must pass before anything of it is drawn.
 */
export const SMALL_TABLES = ['sources', 'actors', 'events', 'disputes'] as const;

/** Who an actor is, where known: schema.org and readers need to tell a person from a body. */
export const ACTOR_KINDS = ['person', 'organization', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** What a claim records: words said or written, or something the claimant did (an arrest, a ban). */
export const CLAIM_FORMS = ['statement', 'act'] as const;
export type ClaimForm = (typeof CLAIM_FORMS)[number];

/**
 * How the claimant is known: named by the text, inferred by the editors from a passive
 * ("were detained"), or the reporter itself speaking in its own voice.
 */
export const ATTRIBUTIONS = ['explicit', 'inferred', 'reporter'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/** What a claim says of the actor it is about (Political Claims Analysis' object actor). */
export const OBJECT_ROLES = ['blamed', 'accused', 'defended', 'cleared', 'targeted'] as const;
export type ObjectRole = (typeof OBJECT_ROLES)[number];

/** Claim types that say who is to blame or who is acted against: they name an object or say why none. */
export const TYPES_WITH_OBJECT = ['responsibility', 'accusation', 'denial', 'legal-action'] as const;

/**
 * The version of the public data format. 1: the first release. 2: a claim's form,
 * attribution, hedges, object and addressee; `said` as a date with its precision.
 */
export const FORMAT_VERSION = 2;
