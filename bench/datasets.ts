/** The synthetic datasets the benchmarks generate, so that every benchmark times the same data. */
import type { SyntheticOptions } from '../scripts/synthetic/generate.ts';

/** The archive of the budgets: 10,000 events, 1,000 actors, 100,000 claims. */
export const LARGE: SyntheticOptions = { events: 10_000, actors: 1_000, claims: 100_000, seed: 1 };
/**
 * A million claims: no budget yet, measured to see where the app stands at ten times
 * the budgets' archive (its JSON, 690 MB, is beyond the longest string a browser holds).
 */
export const HUGE: SyntheticOptions = { events: 100_000, actors: 10_000, claims: 1_000_000, seed: 3 };
/** The timeline both Narratives and TimelineJS open in the peer comparison. */
export const PEER: SyntheticOptions = { events: 1_000, actors: 100, claims: 10_000, seed: 2 };
