// The Atom feed of status changes and corrections (app/feed.xml), as data:
// the route reads the changes, this shapes them, lib/atom.ts writes the XML.
import type { AtomEntry, AtomFeed } from '@/lib/atom';
import { escapeXml } from '@/lib/atom';
import { formatDay } from '@/lib/dates';
import { REAFFIRMED_LABEL, statusDefinition, type Status } from '@/lib/status';

export const FEED_ENTRY_LIMIT = 50;

// Part of every id minted for the feed (RFC 4151 tag: URIs need a date). Never
// change it: readers use the ids to tell new entries from seen ones.
const TAG_DATE = '2026';

export interface FeedStatusChange {
  id: string;
  itemId: string;
  itemTitle: string;
  effectiveOn: string;
  from: Status;
  to: Status;
  isCorrection: boolean;
  correctsId: string | null;
  note: string;
  authorName: string | null;
  evidence: { statementId: string; sourceId: string; sourceTitle: string; quote: string }[];
  recordedAt: string;
}

export interface StatusChangeFeedOptions {
  /** Newest recorded first; only the first FEED_ENTRY_LIMIT are used. */
  changes: readonly FeedStatusChange[];
  /** Where links point: the origin the reader used, e.g. https://tracker.example. */
  origin: string;
  /** Host name of the configured public address: ids must not follow the request. */
  tagAuthority: string;
  /** Used for the feed's `updated` when there are no entries. */
  now: Date;
}

const FALLBACK_AUTHOR = 'Tracker editors';

/** "Old → New", or "Status, reaffirmed with new evidence" for an entry that keeps its status. */
function transitionText(from: Status, to: Status): string {
  return from === to
    ? `${statusDefinition(to).label}, ${REAFFIRMED_LABEL}`
    : `${statusDefinition(from).label} → ${statusDefinition(to).label}`;
}

export function statusChangeTitle(
  change: Pick<FeedStatusChange, 'itemTitle' | 'from' | 'to' | 'isCorrection'>,
): string {
  const title = `${change.itemTitle}: ${transitionText(change.from, change.to)}`;
  return change.isCorrection ? `Correction: ${title}` : title;
}

function entryContent(change: FeedStatusChange, origin: string): string {
  const changeUrl = (id: string) =>
    `${origin}/items/${encodeURIComponent(change.itemId)}#change-${encodeURIComponent(id)}`;
  const parts: string[] = [];
  if (change.correctsId) {
    parts.push(
      `<p><strong>Correction</strong> of <a href="${escapeXml(changeUrl(change.correctsId))}">an earlier entry</a>, which stays visible in the item's history.</p>`,
    );
  }
  parts.push(
    change.from === change.to
      ? `<p><strong>${escapeXml(statusDefinition(change.to).label)}</strong>, ${REAFFIRMED_LABEL}, effective ${escapeXml(formatDay(change.effectiveOn))}.</p>`
      : `<p>${escapeXml(statusDefinition(change.from).label)} → <strong>${escapeXml(statusDefinition(change.to).label)}</strong>, effective ${escapeXml(formatDay(change.effectiveOn))}.</p>`,
    `<p>${escapeXml(change.note)}</p>`,
  );
  for (const evidence of change.evidence) {
    const sourceUrl = `${origin}/sources/${encodeURIComponent(evidence.sourceId)}#q-${encodeURIComponent(evidence.statementId)}`;
    parts.push(
      `<blockquote><p>“${escapeXml(evidence.quote)}”</p><p>— <a href="${escapeXml(sourceUrl)}">${escapeXml(evidence.sourceTitle)}</a></p></blockquote>`,
    );
  }
  return parts.join('\n');
}

function entrySummary(change: FeedStatusChange): string {
  return [change.note, ...change.evidence.map((evidence) => `Evidence: “${evidence.quote}”`)].join(
    '\n',
  );
}

export function buildStatusChangeFeed({
  changes,
  origin,
  tagAuthority,
  now,
}: StatusChangeFeedOptions): AtomFeed {
  const tag = (specific: string) => `tag:${tagAuthority},${TAG_DATE}:${specific}`;
  const entries: AtomEntry[] = changes.slice(0, FEED_ENTRY_LIMIT).map((change) => ({
    id: tag(`status-change/${change.id}`),
    title: statusChangeTitle(change),
    updated: change.recordedAt,
    published: change.recordedAt,
    links: [
      {
        rel: 'alternate',
        type: 'text/html',
        href: `${origin}/items/${encodeURIComponent(change.itemId)}#change-${encodeURIComponent(change.id)}`,
      },
    ],
    authors: [{ name: change.authorName ?? FALLBACK_AUTHOR }],
    categories: [
      { term: change.to, label: statusDefinition(change.to).label },
      ...(change.isCorrection ? [{ term: 'correction', label: 'Correction' }] : []),
    ],
    summary: entrySummary(change),
    contentHtml: entryContent(change, origin),
  }));
  const newest = entries
    .map((entry) => entry.updated)
    .sort()
    .at(-1);
  return {
    id: tag('feed/status-changes'),
    title: 'CSTO presidency tracker: status changes',
    subtitle:
      "Status changes and corrections of the commitments of Belarus' 2023 CSTO presidency, newest first.",
    updated: newest ?? now.toISOString(),
    links: [
      { rel: 'self', type: 'application/atom+xml', href: `${origin}/feed.xml` },
      { rel: 'alternate', type: 'text/html', href: `${origin}/` },
    ],
    authors: [{ name: 'CSTO presidency tracker', uri: `${origin}/` }],
    entries,
  };
}
