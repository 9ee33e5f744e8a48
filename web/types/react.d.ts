// JSX types for <ai-sequencing-diagnostic> in React 19 (`import type {} from
// 'ai-sequencing-diagnostic/react'` once, anywhere in the project). A separate entry, so a
// page without React still compiles against the main types. TypeScript does not check
// hyphenated attribute names in JSX (`storage-key`, `cta-href`…), so only the plain ones
// (`storage`, `theme`, `locale`, `load`, `currency`, `datalayer`) are checked for their values.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AiSequencingDiagnosticElement, DiagnosticAttributes } from './index.js';

type DiagnosticProps = DetailedHTMLProps<HTMLAttributes<AiSequencingDiagnosticElement>, AiSequencingDiagnosticElement>
  & DiagnosticAttributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'ai-sequencing-diagnostic': DiagnosticProps;
    }
  }
}
