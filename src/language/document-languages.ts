/**
 * One document's fragments tend to share a language: an article about Spain
 * quotes Spanish, not Spanish and Portuguese by turns. A short span whose
 * language nearly ties with another one ("de la": French or Spanish) takes the
 * language of a clear fragment elsewhere in the document.
 */

/** A verified span's evidence for every decoder state (index = state; state 0, the main language, is unused). */
export interface SpanEvidence {
  /** The state the decoder chose. */
  state: number;
  /** Summed evidence of the span's words for each state against the main language (nats). */
  ratios: Float64Array;
  /** The threshold the span needed in a language unrelated to the main one (see the finder's `report`). */
  baseThreshold: number;
}

/**
 * The state each span is reported in: its own, unless it beats some other
 * state by less than `margin` while a clear span of the document (one that
 * beats every other state by at least `margin`) is in that state and the span
 * passes that state's threshold (`baseThreshold + related[state]`) too; then
 * the likeliest such state.
 */
export function preferDocumentLanguages(spans: readonly SpanEvidence[], related: readonly number[], margin: number): number[] {
  // A span that is not clear adds no state, so the set is the same for every span it is used for.
  const states = clearStates(spans, margin);
  return spans.map((span) => (clearlyOwn(span, margin) ? span.state : documentState(span, states, related, margin)));
}

/** The states of the spans that beat every other state by at least `margin`. */
export function clearStates(spans: readonly SpanEvidence[], margin: number): Set<number> {
  const states = new Set<number>();
  for (const span of spans) if (clearlyOwn(span, margin)) states.add(span.state);
  return states;
}

/** The likeliest of `clearStates` that nearly ties with the span's own state and passes its threshold, or the span's own state. */
function documentState(span: SpanEvidence, clearStates: ReadonlySet<number>, related: readonly number[], margin: number): number {
  const own = span.ratios[span.state] ?? 0;
  let chosen = span.state;
  let bestRatio = -Infinity;
  for (const state of clearStates) {
    const ratio = span.ratios[state] ?? -Infinity;
    if (state === span.state || ratio < own - margin || ratio < span.baseThreshold + (related[state] ?? 0) || ratio <= bestRatio) continue;
    bestRatio = ratio;
    chosen = state;
  }
  return chosen;
}

/** Whether a span's own state beats every other foreign state by at least `margin`. */
function clearlyOwn(span: SpanEvidence, margin: number): boolean {
  const own = span.ratios[span.state] ?? 0;
  for (let state = 1; state < span.ratios.length; state++) {
    if (state !== span.state && (span.ratios[state] ?? -Infinity) > own - margin) return false;
  }
  return true;
}
