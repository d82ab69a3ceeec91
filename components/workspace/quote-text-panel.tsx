'use client';

import { useEffect, useMemo, useRef } from 'react';
import { indexCodePoints } from '@/lib/evidence';
import {
  segmentText,
  spanFromUtf16,
  textOffsetWithin,
  type HighlightSpan,
  type QuoteSpan,
} from './quote-selection';

export interface QuoteTextPanelProps {
  id: string;
  /** The stored text, exactly: the container's textContent must equal it. */
  text: string;
  spans: readonly (HighlightSpan & { label: string })[];
  label: string;
  /** A new non-empty selection inside the text; null with a reason when it cannot be used. */
  onSelect: (span: QuoteSpan | null, problem?: string) => void;
}

/**
 * The source text with its quoted passages highlighted. Selecting text in it
 * reports a code-point span. Offsets are measured against the container's
 * textContent (marks are elements, so they add no characters), which is
 * checked to equal the stored text before any selection is reported.
 */
export function QuoteTextPanel({ id, text, spans, label, onSelect }: QuoteTextPanelProps) {
  const container = useRef<HTMLDivElement>(null);
  const index = useMemo(() => indexCodePoints(text), [text]);
  // Stable while the analyst selects: re-rendering must not replace the text
  // nodes under a selection that is being made.
  const segments = useMemo(() => segmentText(text, spans, index), [text, spans, index]);
  const labels = useMemo(() => new Map(spans.map((span) => [span.id, span.label])), [spans]);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const onSelectionChange = () => {
      const element = container.current;
      const selection = document.getSelection();
      if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      if (!range.intersectsNode(element)) return;
      // Clamp a selection that runs past the panel to the panel itself.
      const startsInside = element.contains(range.startContainer);
      const endsInside = element.contains(range.endContainer);
      const start = startsInside
        ? textOffsetWithin(element, range.startContainer, range.startOffset)
        : 0;
      const end = endsInside
        ? textOffsetWithin(element, range.endContainer, range.endOffset)
        : (element.textContent ?? '').length;
      if (element.textContent !== text) {
        onSelectRef.current(
          null,
          'The text on screen differs from the stored text (a browser extension may have changed it). Use “Quote by text” instead.',
        );
        return;
      }
      const span = spanFromUtf16(text, start, end, index);
      if (span) onSelectRef.current(span);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [text, index]);

  return (
    <div
      ref={container}
      id={id}
      role="region"
      aria-label={label}
      tabIndex={0}
      data-source-text
      className="max-h-[75vh] overflow-y-auto whitespace-pre-wrap break-words rounded-lg border border-slate-200 p-4 font-serif text-base leading-relaxed focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600 dark:border-slate-800 sm:p-6"
    >
      {segments.map((segment, position) => {
        if (segment.ids.length === 0) return <span key={position}>{segment.text}</span>;
        const title = segment.ids
          .map((id) => labels.get(id))
          .filter(Boolean)
          .join('\n');
        return (
          <mark
            key={position}
            id={segment.startingIds[0] ? `q-${segment.startingIds[0]}` : undefined}
            data-statement={segment.ids.join(' ')}
            title={title || undefined}
            className="scroll-mt-24 rounded-sm bg-amber-100 text-inherit dark:bg-amber-900/60"
          >
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}
