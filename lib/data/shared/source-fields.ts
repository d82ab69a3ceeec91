import 'server-only';
import { isoDay, isoInstant } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OutletType, SourceProvenance } from '@/lib/generated/prisma/enums';

// The metadata of a source, read the same way by the public pages, the open
// data API and the workspace.

export interface SourceMetadataDto {
  id: string;
  title: string;
  outlet: string;
  outletType: OutletType;
  /** The outlet's own text, or a republication or translation of originalOutlet's. */
  provenance: SourceProvenance;
  originalOutlet: string | null;
  url: string | null;
  dateline: string | null;
  publishedOn: string;
  yearInferred: boolean;
  yearBasis: string | null;
  place: string | null;
  languages: string[];
  event: string | null;
  importedAt: string;
}

/** The metadata, and which text version is the current one. */
export const sourceMetadataSelect = {
  id: true,
  title: true,
  outlet: true,
  outletType: true,
  provenance: true,
  originalOutlet: true,
  url: true,
  dateline: true,
  publishedOn: true,
  yearInferred: true,
  yearBasis: true,
  place: true,
  languages: true,
  event: true,
  importedAt: true,
  latestVersion: true,
} satisfies Prisma.SourceSelect;

type SourceMetadataRow = Prisma.SourceGetPayload<{ select: typeof sourceMetadataSelect }>;

/** The open data API publishes this object as is: keep the key order. */
export function toSourceMetadata(row: SourceMetadataRow): SourceMetadataDto {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    outletType: row.outletType,
    provenance: row.provenance,
    originalOutlet: row.originalOutlet,
    url: row.url,
    dateline: row.dateline,
    publishedOn: isoDay(row.publishedOn),
    yearInferred: row.yearInferred,
    yearBasis: row.yearBasis,
    place: row.place,
    languages: row.languages,
    event: row.event,
    importedAt: isoInstant(row.importedAt),
  };
}
