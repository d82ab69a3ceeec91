export {
  countCodePoints,
  codePointToUtf16,
  hasSurrogatePairs,
  indexCodePoints,
  sliceCodePoints,
  utf16ToCodePoint,
  type CodePointIndex,
} from './code-points';
export {
  DEFAULT_CONTEXT_LENGTH,
  describeSpan,
  describeUtf16Span,
  type Anchor,
  type Span,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './selectors';
export { countOccurrences, findQuote } from './occurrences';
export { verifyAnchor, type AnchorProblem, type AnchorVerdict } from './verify';
export {
  DEFAULT_MIN_SCORE,
  DEFAULT_MIN_UNIQUE_EXACT_LENGTH,
  reanchor,
  type ReanchorMethod,
  type ReanchorOptions,
  type ReanchorResult,
} from './reanchor';
export { SCORE_WEIGHTS } from './similarity';
export {
  buildReanchorCases,
  describeReanchorCases,
  runReanchorCase,
  type ReanchorCase,
  type ReanchorCaseReport,
  type ReanchorOutcome,
} from './reanchor-cases';
