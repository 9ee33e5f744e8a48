// Written from the Rust crate by `UPDATE_LOCALES=1 cargo test --test contract`, which
// fails while this file says anything else: the ids come from the engine and
// src/contract.rs, never from here.

/** The release these types describe. */
export type Version = '1.0.0';
/** Where to start: the result's verdict. */
export type Verdict = 'operations-first' | 'growth-first' | 'process-audit-first';
/** Why the verdict is what it is. */
export type Reason = 'scenario-b' | 'scenario-a' | 'foundation-gaps' | 'unmeasured-costs' | 'bottleneck-reach-growth' | 'amplify' | 'scenario-c' | 'bottleneck-time-cost';
/** A sequencing risk to watch. */
export type Warning = 'error-01' | 'error-02' | 'starts-from-zero' | 'slow-feedback' | 'parallel-projects' | 'contradiction' | 'unmeasured-costs';
/** A screen: a question's step, or the result. */
export type StepId = 'bottleneck' | 'bottleneck-tiebreak' | 'process-cost' | 'cost-numbers' | 'amplify' | 'situation' | 'foundation' | 'result';
/** Where answers are kept (`storage`, `setStorage()`). */
export type StorageMode = 'local' | 'session' | 'none' | 'consent';
/** The colour theme (`theme`). */
export type Theme = 'light' | 'dark' | 'auto';
/** A language the widget speaks. */
export type Language = 'en' | 'it';
