import type { ReactNode } from 'react';
import type { SourceMetadataDto } from '@/lib/data/shared/source-fields';
import { formatDay } from '@/lib/dates';
import { outletTypeLabel } from '@/lib/outlets';
import { sourceCopyLabel } from '@/lib/provenance';

interface Props {
  source: SourceMetadataDto;
  /**
   * Readers see only what is known, an inferred year flagged by a badge;
   * analysts see every field, '—' where it is unknown, so gaps stand out.
   */
  audience: 'public' | 'analyst';
  /** Rows after the shared ones. */
  children?: ReactNode;
}

/** The metadata of a source, on its public page and in the workspace. */
export function SourceMetadata({ source, audience, children }: Props) {
  const isPublic = audience === 'public';
  const optional = (label: string, value: string | null) =>
    (Boolean(value) || !isPublic) && (
      <>
        <dt className="font-medium">{label}</dt>
        <dd>{value ?? '—'}</dd>
      </>
    );

  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium">Outlet</dt>
      <dd>
        {source.outlet} ({outletTypeLabel(source.outletType)})
      </dd>
      {sourceCopyLabel(source) && (
        <>
          <dt className="font-medium">Copy</dt>
          <dd>{sourceCopyLabel(source)}</dd>
        </>
      )}
      <dt className="font-medium">Published</dt>
      {isPublic ? (
        <dd className="flex flex-wrap items-center gap-2">
          <time dateTime={source.publishedOn}>{formatDay(source.publishedOn)}</time>
          {source.yearInferred && (
            <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              Inferred year
            </span>
          )}
        </dd>
      ) : (
        <dd>
          <time dateTime={source.publishedOn}>{formatDay(source.publishedOn)}</time>
          {source.yearInferred && ' (inferred year)'}
        </dd>
      )}
      {source.yearInferred && optional('Why this year', source.yearBasis)}
      {optional('Dateline', source.dateline)}
      {optional('Place', source.place)}
      {optional('Event', source.event)}
      <dt className="font-medium">Languages</dt>
      <dd>{source.languages.join(', ')}</dd>
      <dt className="font-medium">Original</dt>
      <dd className="break-all">
        {source.url ? (
          <a href={source.url} rel="noopener noreferrer" className="underline">
            {source.url}
          </a>
        ) : (
          'Link unknown'
        )}
      </dd>
      {children}
    </dl>
  );
}
