import type { Span } from '../api/types.ts';
import { segments } from './identifiers.ts';

const TITLES = {
  hit: 'matches the search',
  email: 'e-mail address',
  phone: 'phone number',
  reference: 'transfer reference',
} as const;

/** Message text with search hits and identifiers marked; rendered as text nodes, never as HTML. */
export function MarkedText(props: { text: string; hits?: readonly Span[]; identifiers?: boolean }) {
  return (
    <>
      {segments(props.text, props.hits ?? [], props.identifiers ?? true).map((s, i) =>
        s.mark === null ? (
          s.text
        ) : (
          <mark key={i} className={`mark-${s.mark}`} title={TITLES[s.mark]}>
            {s.text}
          </mark>
        ),
      )}
    </>
  );
}
