import Link from 'next/link';
import type { QuotedSpanDto } from '@/lib/data/public/sources';

interface Segment {
  text: string;
  spans: QuotedSpanDto[];
  /** Statements whose quote starts at this segment (they get the #q- anchor). */
  starting: QuotedSpanDto[];
}

// Cuts the text at every span boundary, so overlapping quotes both stay
// highlighted. Positions are Unicode code points (W3C TextPositionSelector).
function segmentText(text: string, spans: QuotedSpanDto[]): Segment[] {
  const codePoints = Array.from(text);
  const cuts = new Set<number>([0, codePoints.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(span.start, codePoints.length)));
    cuts.add(Math.max(0, Math.min(span.end, codePoints.length)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < sorted.length - 1; index += 1) {
    const from = sorted[index]!;
    const to = sorted[index + 1]!;
    segments.push({
      text: codePoints.slice(from, to).join(''),
      spans: spans.filter((span) => span.start <= from && span.end >= to),
      starting: spans.filter((span) => span.start === from),
    });
  }
  return segments;
}

export function SourceText({ text, spans }: { text: string; spans: QuotedSpanDto[] }) {
  return (
    <div className="whitespace-pre-wrap break-words font-serif text-base leading-relaxed">
      {segmentText(text, spans).map((segment, index) => {
        const anchors = segment.starting.map((span) => (
          <span
            key={span.statementId}
            id={`q-${span.statementId}`}
            data-quote-anchor
            className="scroll-mt-24"
          />
        ));
        if (segment.spans.length === 0) {
          return (
            <span key={index}>
              {anchors}
              {segment.text}
            </span>
          );
        }
        const primary = segment.spans[0]!;
        const item = primary.items[0];
        const label = item
          ? `Quoted as evidence for: ${primary.items.map((entry) => entry.title).join('; ')}`
          : 'Quoted statement';
        return (
          <span key={index}>
            {anchors}
            <mark
              data-quote={primary.statementId}
              className="rounded-sm bg-amber-100 text-inherit decoration-amber-600 dark:bg-amber-900/60"
            >
              {item ? (
                <Link
                  href={`/items/${item.id}#statement-${primary.statementId}`}
                  title={label}
                  className="text-inherit no-underline hover:underline"
                >
                  {segment.text}
                </Link>
              ) : (
                segment.text
              )}
            </mark>
          </span>
        );
      })}
    </div>
  );
}
