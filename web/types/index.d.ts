// TypeScript types for AI Sequencing Diagnostic: the <ai-sequencing-diagnostic> element,
// its host API and its aisd:* events. Importing the package (or `/element.js`) brings
// them in; for JSX, see `./react.d.ts`. The ids are written from the Rust crate
// (`./ids.d.ts`), so a release's types always name that release's ids.
import type { Language, Reason, StepId, StorageMode, Theme, Verdict, Version, Warning } from './ids.js';

export type { Language, Reason, StepId, StorageMode, Theme, Verdict, Version, Warning };

/** A result's ids, as the events and the `result` property carry them. */
export interface DiagnosticResult {
  readonly verdict: Verdict;
  readonly reasons: readonly Reason[];
  readonly warnings: readonly Warning[];
}

/** `aisd:ready`: the first screen is on show; a result's ids too when it opens on one. */
export interface ReadyDetail {
  readonly step: StepId;
  /** The release running, e.g. `'1.0.0'`. */
  readonly version: string;
  readonly verdict?: Verdict;
  readonly reasons?: readonly Reason[];
  readonly warnings?: readonly Warning[];
}

/** `aisd:step`: a new step is on show. */
export interface StepDetail {
  readonly step: StepId;
}

/** `aisd:complete`: the visitor reached the result. */
export type CompleteDetail = DiagnosticResult;

/** `aisd:cta`: the visitor followed the call to action; cancelable. */
export interface CtaDetail extends DiagnosticResult {
  /** The link about to be followed, placeholders filled in. */
  readonly href: string;
}

/** The events the widget dispatches on its host element (they bubble and cross shadow roots). */
export interface DiagnosticEventMap {
  'aisd:ready': CustomEvent<ReadyDetail>;
  'aisd:step': CustomEvent<StepDetail>;
  'aisd:complete': CustomEvent<CompleteDetail>;
  'aisd:cta': CustomEvent<CtaDetail>;
  'aisd:reset': CustomEvent<null>;
}

/**
 * The host API: on the custom element, and on a script-tag embed's target element once
 * embed.js has run (cast it: `document.querySelector('#ai-diagnostic') as DiagnosticHost`).
 */
export interface DiagnosticHost {
  /** Back to the first question: the stored record and a share code in the address removed. */
  reset(): void;
  /** Moves the answers to another store; `'none'` and `'consent'` erase what was stored. */
  setStorage(mode: StorageMode): void;
  /** The result on show, or `null`. */
  readonly result: DiagnosticResult | null;
  /** The step on show, `null` before the widget has started. */
  readonly step: StepId | null;
  /** The language in use. */
  readonly language: Language;
}

type Listener<K extends keyof DiagnosticEventMap> = (this: AiSequencingDiagnosticElement, event: DiagnosticEventMap[K]) => unknown;
type ElementListener<K extends keyof HTMLElementEventMap> = (this: AiSequencingDiagnosticElement, event: HTMLElementEventMap[K]) => unknown;

/** `<ai-sequencing-diagnostic>`: its attributes are the embed's `data-*` options without `data-`. */
export interface AiSequencingDiagnosticElement extends HTMLElement, DiagnosticHost {
  addEventListener<K extends keyof DiagnosticEventMap>(type: K, listener: Listener<K>, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: ElementListener<K>, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof DiagnosticEventMap>(type: K, listener: Listener<K>, options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: ElementListener<K>, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The element's attributes (and a script tag's `data-*` options), as strings. */
export interface DiagnosticAttributes {
  storage?: StorageMode;
  'storage-key'?: string;
  theme?: Theme;
  locale?: string;
  load?: 'eager' | 'lazy';
  currency?: string;
  datalayer?: string;
  'cta-href'?: string;
  'cta-label'?: string;
  'cta-note'?: string;
  'cta-forward'?: string;
  'cta-share-numbers'?: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-sequencing-diagnostic': AiSequencingDiagnosticElement;
  }
  // The events bubble, composed, to the document: `document.addEventListener('aisd:cta', …)`.
  interface DocumentEventMap extends DiagnosticEventMap {}
}
