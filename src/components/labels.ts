/** How stances and claim types are named and coloured, everywhere in the app. */
import type { Attribution, ClaimForm, ClaimType, ObjectRole, Quantity, Stance } from '../domain/schema.ts';

export const STANCE_LABEL: Record<Stance, string> = {
  official: 'Official',
  opposition: 'Opposition',
  analyst: 'Analyst',
  militant: 'Militant',
  'foreign-government': 'Foreign government',
  'international-org': 'International body',
  media: 'Media',
  other: 'Other',
};

export const STANCE_HINT: Record<Stance, string> = {
  official: 'Government, police, security services, prosecutors, courts, ruling party',
  opposition: 'Opposition parties, activists and dissidents',
  analyst: 'Analysts, researchers, bloggers and commentators',
  militant: 'Armed or banned groups and their members',
  'foreign-government': 'Other states, their officials and diplomats',
  'international-org': 'International organisations and human-rights bodies',
  media: 'News outlets reporting or relaying claims',
  other: 'Companies, relatives, lawyers and others',
};

/** Literal class names, so that Tailwind finds them. */
export const STANCE_BG: Record<Stance, string> = {
  official: 'bg-stance-official',
  opposition: 'bg-stance-opposition',
  analyst: 'bg-stance-analyst',
  militant: 'bg-stance-militant',
  'foreign-government': 'bg-stance-foreign-government',
  'international-org': 'bg-stance-international-org',
  media: 'bg-stance-media',
  other: 'bg-stance-other',
};

export const STANCE_BORDER: Record<Stance, string> = {
  official: 'border-stance-official',
  opposition: 'border-stance-opposition',
  analyst: 'border-stance-analyst',
  militant: 'border-stance-militant',
  'foreign-government': 'border-stance-foreign-government',
  'international-org': 'border-stance-international-org',
  media: 'border-stance-media',
  other: 'border-stance-other',
};

export const STANCE_FILL: Record<Stance, string> = {
  official: 'var(--color-stance-official)',
  opposition: 'var(--color-stance-opposition)',
  analyst: 'var(--color-stance-analyst)',
  militant: 'var(--color-stance-militant)',
  'foreign-government': 'var(--color-stance-foreign-government)',
  'international-org': 'var(--color-stance-international-org)',
  media: 'var(--color-stance-media)',
  other: 'var(--color-stance-other)',
};

export const CLAIM_TYPE_LABEL: Record<ClaimType, string> = {
  responsibility: 'Responsibility',
  casualties: 'Casualties',
  characterization: 'Characterization',
  motive: 'Motive',
  denial: 'Denial',
  evidence: 'Evidence',
  warning: 'Warning',
  'legal-action': 'Legal action',
  accusation: 'Accusation',
  context: 'Context',
};

export const CLAIM_TYPE_HINT: Record<ClaimType, string> = {
  responsibility: 'Who did it, or who claims it',
  casualties: 'How many died, were hurt, arrested or took part',
  characterization: 'What kind of act it was',
  motive: 'Why it was done',
  denial: 'Something denied',
  evidence: 'Evidence offered',
  warning: 'Warnings, threats and predictions',
  'legal-action': 'Arrests, charges, bans, rulings, sentences',
  accusation: 'Wrongdoing alleged against someone',
  context: 'Background that frames the event',
};

export const QUANTITY_LABEL: Record<Quantity, string> = {
  killed: 'Killed',
  wounded: 'Wounded',
  arrested: 'Arrested or detained',
  attackers: 'Attackers',
  troops: 'Troops',
  suspects: 'Suspects',
  sentenced: 'Sentenced',
  seized: 'Seized',
  other: 'Other figures',
};

export const FORM_LABEL: Record<ClaimForm, string> = {
  statement: 'Statement',
  act: 'Act',
};

export const FORM_HINT: Record<ClaimForm, string> = {
  statement: 'Words said or written: “the KNB said”',
  act: 'Something done: an arrest, a ban, a ruling, a sentence',
};

export const ATTRIBUTION_LABEL: Record<Attribution, string> = {
  explicit: 'Named in the source',
  inferred: 'Claimant inferred',
  reporter: 'Reporter’s own voice',
};

export const ATTRIBUTION_HINT: Record<Attribution, string> = {
  explicit: 'The source names who said or did it',
  inferred: 'The source does not name who did it (“were detained”); the editors infer it',
  reporter: 'The outlet or author asserts it in its own voice',
};

/** How an object actor is listed after the claim: "JCAM (accused)". */
export const OBJECT_ROLE_LABEL: Record<ObjectRole, string> = {
  blamed: 'blamed',
  accused: 'accused',
  defended: 'defended',
  cleared: 'cleared',
  targeted: 'targeted',
};
