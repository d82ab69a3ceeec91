// Loads the curated tracker data (seeds/tracker-data.ts) and the five articles
// into the database. Create-only: rows that exist are left as they are, so a
// second run changes nothing and never overwrites an analyst's work. All or
// nothing: one transaction.
//
// Statement selectors are computed here from the article text, never typed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Anchor } from '@/lib/evidence';
import { anchorColumns, anchorQuote, sha256Hex, sourceVersionData } from '@/lib/source-records';
import * as data from './tracker-data';
import { areasRu, itemsRu, presidencyRu } from './translations-ru';

const SEEDS_DIR = path.dirname(fileURLToPath(import.meta.url));

interface SourceMetadata {
  file: string;
  title: string;
  publisher: string;
  url: string | null;
  dateline: string | null;
  place: string;
  published: string;
  year_basis?: string;
  languages: string[];
  event?: string;
}

export function readSourceMetadata(): SourceMetadata[] {
  const raw = JSON.parse(readFileSync(path.join(SEEDS_DIR, 'sources.json'), 'utf8')) as {
    sources: SourceMetadata[];
  };
  return raw.sources;
}

export function readArticle(file: string): string {
  return readFileSync(path.join(SEEDS_DIR, 'articles', file), 'utf8');
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

// A dateline without a year ("MINSK, 20 June") means the year was inferred.
function isYearInferred(meta: SourceMetadata): boolean {
  return !/\b(19|20)\d{2}\b/.test(meta.dateline ?? '');
}

export interface SeedStatementAnchor {
  statement: data.SeedStatement;
  sourceId: string;
  anchor: Anchor;
}

/** Computes every seed statement's selectors; throws on a quote not found verbatim. */
export function anchorSeedStatements(): SeedStatementAnchor[] {
  const texts = new Map(data.sources.map((source) => [source.key, readArticle(source.file)]));
  return data.statements.map((statement) => {
    const source = data.sources.find((candidate) => candidate.key === statement.source);
    const text = texts.get(statement.source);
    if (!source || text === undefined)
      throw new Error(`Statement ${statement.id}: unknown source ${statement.source}`);
    const anchor = anchorQuote(text, statement.quote, statement.occurrence ?? 1);
    if (!anchor)
      throw new Error(`Statement ${statement.id}: quote not found verbatim in ${source.file}`);
    return { statement, sourceId: source.id, anchor };
  });
}

export async function seedTracker(prisma: PrismaClient): Promise<void> {
  const metadata = readSourceMetadata();
  const anchored = anchorSeedStatements();

  await prisma.$transaction(
    async (tx) => {
      const p = data.presidency;
      await tx.presidency.createMany({
        data: [
          {
            ...p,
            ...presidencyRu,
            periodStart: day(p.periodStart),
            periodEnd: day(p.periodEnd),
          },
        ],
        skipDuplicates: true,
      });
      await tx.priorityArea.createMany({
        data: data.areas.map((area) => ({
          id: area.id,
          presidencyId: p.id,
          kind: area.kind,
          position: area.position,
          title: area.title,
          summary: area.summary,
          titleRu: areasRu[area.key].title,
          summaryRu: areasRu[area.key].summary,
        })),
        skipDuplicates: true,
      });

      const areaIds = new Map(data.areas.map((area) => [area.key, area.id]));
      await tx.item.createMany({
        data: data.items.map((item, index) => ({
          id: item.id,
          areaId: areaIds.get(item.area) ?? item.area,
          position: index,
          title: item.title,
          summary: item.summary,
          titleRu: itemsRu[item.id]?.title ?? '',
          summaryRu: itemsRu[item.id]?.summary ?? '',
        })),
        skipDuplicates: true,
      });
      await tx.milestone.createMany({
        data: data.items.flatMap((item) =>
          (item.milestones ?? []).map((milestone, index) => ({
            id: `${item.id}-m${index + 1}`,
            itemId: item.id,
            title: milestone.title,
            titleRu: itemsRu[item.id]?.milestones?.[index] ?? '',
            dueOn: day(milestone.dueOn),
            precision: milestone.precision,
            position: index,
          })),
        ),
        skipDuplicates: true,
      });

      for (const source of data.sources) {
        const meta = metadata.find((candidate) => candidate.file === source.file);
        if (!meta) throw new Error(`No metadata in sources.json for ${source.file}`);
        const text = readArticle(source.file);
        await tx.source.createMany({
          data: [
            {
              id: source.id,
              title: meta.title,
              outlet: source.outlet,
              outletType: source.outletType,
              provenance: source.provenance ?? 'ORIGINAL',
              originalOutlet: source.originalOutlet ?? null,
              url: meta.url,
              dateline: meta.dateline,
              publishedOn: day(meta.published),
              yearInferred: isYearInferred(meta),
              yearBasis: meta.year_basis ?? null,
              place: meta.place,
              languages: meta.languages,
              event: meta.event ?? null,
              importedAt: day(meta.published),
            },
          ],
          skipDuplicates: true,
        });
        const existing = await tx.sourceVersion.findUnique({
          where: { sourceId_number: { sourceId: source.id, number: 1 } },
          select: { sha256: true },
        });
        if (!existing) {
          await tx.sourceVersion.create({
            data: sourceVersionData({
              id: `${source.id}-v1`,
              sourceId: source.id,
              number: 1,
              text,
            }),
          });
        } else if (existing.sha256 !== sha256Hex(text)) {
          throw new Error(
            `The stored text of ${source.id} differs from seeds/articles/${source.file}`,
          );
        }
      }

      await tx.statement.createMany({
        data: anchored.map(({ statement, sourceId, anchor }) => ({
          id: statement.id,
          sourceId,
          sourceVersionId: `${sourceId}-v1`,
          ...anchorColumns(anchor),
          speaker: statement.speaker,
          statedOn: day(statement.statedOn),
          kind: statement.kind,
          relayedFrom: statement.relayedFrom ?? null,
        })),
        skipDuplicates: true,
      });
      // Second: a statement may name any other as the same remark.
      for (const statement of data.statements) {
        if (!statement.sameRemarkAs) continue;
        await tx.statement.updateMany({
          where: { id: statement.id, sameRemarkAsId: null },
          data: { sameRemarkAsId: statement.sameRemarkAs },
        });
      }
      await tx.statementItem.createMany({
        data: data.statements.flatMap((statement) =>
          statement.items.map((itemId) => ({ statementId: statement.id, itemId })),
        ),
        skipDuplicates: true,
      });

      await tx.statusChange.createMany({
        data: data.statusChanges.map((change) => ({
          id: change.id,
          itemId: change.item,
          status: change.status,
          effectiveOn: day(change.effectiveOn),
          note: change.note,
          createdAt: new Date(`${change.effectiveOn}T12:00:00.000Z`),
        })),
        skipDuplicates: true,
      });
      await tx.statusChangeEvidence.createMany({
        data: data.statusChanges.flatMap((change) =>
          change.evidence.map((statementId) => ({ statusChangeId: change.id, statementId })),
        ),
        skipDuplicates: true,
      });
    },
    { timeout: 60_000 },
  );
}
