import { Link } from '@/lib/i18n/navigation';
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
  const segments = segmentText(text, spans);
  return (
    // A comfortable measure (about 70 characters); the stored text and its
    // line breaks are shown as they are, so every selector still points at them.
    <div className="max-w-[70ch] whitespace-pre-wrap break-words font-serif text-base leading-relaxed">
      {segments.map((segment, index) => {
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
        // Two quotes that overlap are darker where they do; a quote that
        // starts right where another ends gets a divider, so they stay apart.
        const previous = segments[index - 1];
        const abuts =
          segment.starting.length > 0 && previous !== undefined && previous.spans.length > 0;
        const tone =
          segment.spans.length > 1
            ? 'bg-amber-300 dark:bg-amber-700/80'
            : 'bg-amber-100 dark:bg-amber-900/60';
        const label = item
          ? `Quoted as evidence for: ${primary.items.map((entry) => entry.title).join('; ')}`
          : 'Quoted statement';
        return (
          <span key={index}>
            {anchors}
            <mark
              data-quote={primary.statementId}
              data-overlap={segment.spans.length > 1 ? segment.spans.length : undefined}
              className={`rounded-sm text-inherit decoration-amber-600 ${tone} ${abuts ? 'border-l-2 border-amber-600 pl-0.5' : ''}`}
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

/**
 * The quoted passages of a text, in reading order, each with the items it is
 * evidence for: what a highlight's tooltip says, readable without hovering
 * (touch screens, screen readers).
 */
export function QuotedPassages({
  spans,
  labels,
}: {
  spans: QuotedSpanDto[];
  labels: { inText: string; supports: string; noItem: string };
}) {
  const ordered = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return (
    <ol className="max-w-[70ch] space-y-3 text-sm">
      {ordered.map((span) => (
        <li key={span.statementId} className="border-l-2 border-amber-400 pl-3">
          <p>
            <q>{span.quote}</q>{' '}
            <a href={`#q-${span.statementId}`} className="whitespace-nowrap underline">
              {labels.inText}
            </a>
          </p>
          <p className="text-slate-600 dark:text-slate-400">
            {span.speaker}
            {' · '}
            {span.items.length === 0 ? (
              labels.noItem
            ) : (
              <>
                {labels.supports}{' '}
                {span.items.map((entry, index) => (
                  <span key={entry.id}>
                    {index > 0 && '; '}
                    <Link
                      href={`/items/${entry.id}#statement-${span.statementId}`}
                      className="underline"
                    >
                      {entry.title}
                    </Link>
                  </span>
                ))}
              </>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
