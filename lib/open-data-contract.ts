// The open-data contract, written once, in zod: the JSON bodies of /api/v1.
// The OpenAPI document (lib/openapi.ts) publishes them through
// z.toJSONSchema; the routes build their bodies as the inferred types; the
// end-to-end tests parse every JSON response with them (e2e/support/contract.ts).
// Objects are strict: a field the contract does not describe is a failure,
// so the published schema cannot fall behind the code.
import { z } from 'zod';
import {
  AnchorState,
  AreaKind,
  OutletType,
  SourceProvenance,
  StatementKind,
} from '@/lib/generated/prisma/enums';
import { STATUS_CODES } from '@/lib/status';

/** The named schemas, published as #/components/schemas/<id>. */
export const contract = z.registry<{ id: string; description?: string }>();

function named<S extends z.ZodType>(id: string, schema: S, description?: string): S {
  contract.add(schema, { id, ...(description && { description }) });
  return schema;
}

const id = z.string();
const isoDay = z.iso.date().describe('ISO 8601 date, YYYY-MM-DD.');
const isoInstant = z.iso.datetime().describe('ISO 8601 timestamp in UTC.');
const count = z.int().min(0);
const enumOf = <T extends string>(values: readonly T[], description: string) =>
  z.enum(values as [T, ...T[]]).describe(description);

export const pageMetaSchema = named(
  'PageMeta',
  z.strictObject({
    page: z.int().min(1),
    pageSize: z.int().min(1),
    total: count.describe('Records matching the query, on all pages.'),
    pageCount: count.describe('Pages holding at least one record.'),
  }),
);

export const pageLinksSchema = named(
  'PageLinks',
  z.strictObject({
    self: z.string().describe('This page, absolute.'),
    next: z.string().nullable().describe('The next page, or null on the last.'),
    prev: z.string().nullable().describe('The previous page, or null on the first.'),
  }),
);

export const errorsSchema = named(
  'Errors',
  z.strictObject({
    errors: z
      .array(
        z.strictObject({
          code: z.enum(['invalid_parameter', 'not_found']),
          parameter: z.string().nullable().optional().describe('The query parameter at fault.'),
          message: z.string().describe('For people: what is wrong and how to fix it.'),
        }),
      )
      .min(1),
  }),
);

export const statusSchema = named(
  'Status',
  z.strictObject({
    code: enumOf(STATUS_CODES, 'Stable code.'),
    label: z.string().describe('Published label; may be reworded, the code never changes.'),
  }),
  'A status of the vocabulary defined on /methodology.',
);

const textQuoteSelectorSchema = named(
  'TextQuoteSelector',
  z.strictObject({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().describe('The quote, verbatim.'),
    prefix: z.string().describe('Up to 32 code points of text just before the quote.'),
    suffix: z.string().describe('Up to 32 code points of text just after the quote.'),
  }),
  'W3C Web Annotation TextQuoteSelector.',
);

const textPositionSelectorSchema = named(
  'TextPositionSelector',
  z.strictObject({
    type: z.literal('TextPositionSelector'),
    start: count.describe('Offset of the first character, in Unicode code points.'),
    end: count.describe('Offset just past the last character, in Unicode code points.'),
  }),
  'W3C Web Annotation TextPositionSelector over the source text version `sourceVersion`.',
);

const selectorsSchema = named(
  'Selectors',
  z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]),
);

const anchorStateSchema = enumOf(
  Object.values(AnchorState),
  'ORPHANED: the quote could not be found reliably in a corrected text and awaits an analyst.',
);
const statementKindSchema = enumOf(Object.values(StatementKind), 'What the statement is.');
const outletTypeSchema = enumOf(
  Object.values(OutletType),
  'Who published it (see /methodology#outlets).',
);

/** Whose words a quote relays, and its first report when it is a second one. */
const provenanceFields = {
  relayedFrom: z
    .string()
    .nullable()
    .describe('Whose words or position the speaker relays, if not his own.'),
  sameRemarkAs: id
    .nullable()
    .describe('The statement of another copy that reports the same remark (they count once).'),
};

const translation = z
  .string()
  .describe(
    "The tracker's own Russian translation of the English field; empty when there is none yet.",
  );

export const areaSchema = named(
  'Area',
  z.strictObject({
    id,
    kind: enumOf(
      Object.values(AreaKind),
      'GOAL: the fundamental goals; PRIORITY: one of the four priority areas.',
    ),
    position: z.int(),
    title: z.string(),
    summary: z.string(),
    titleRu: translation,
    summaryRu: translation,
    itemCount: count,
    statusCounts: z
      .array(statusSchema.extend({ count }))
      .describe('Items per current status: every status, zeros included, in vocabulary order.'),
  }),
);

export const statementSchema = named(
  'Statement',
  z.strictObject({
    id,
    sourceId: id,
    sourceVersion: z
      .int()
      .min(1)
      .describe('Number of the source text version the selectors refer to.'),
    anchorState: anchorStateSchema,
    itemIds: z.array(id).describe('Items this statement is evidence for.'),
    kind: statementKindSchema,
    speaker: z.string(),
    ...provenanceFields,
    statedOn: isoDay.nullable(),
    date: isoDay.describe(
      'statedOn, or the source’s publication date when unknown; what from/to filter on.',
    ),
    selectors: selectorsSchema,
  }),
);

const sourceTextSchema = named(
  'SourceText',
  z.strictObject({
    version: z.int().min(1),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the UTF-8 text, hex.'),
    createdAt: isoInstant,
  }),
);

export const sourceSchema = named(
  'Source',
  z.strictObject({
    id,
    title: z.string(),
    outlet: z.string(),
    outletType: outletTypeSchema,
    provenance: enumOf(
      Object.values(SourceProvenance),
      'ORIGINAL: the outlet’s own text; otherwise a republication or translation of originalOutlet’s (quotes say so).',
    ),
    originalOutlet: z
      .string()
      .nullable()
      .describe('The outlet whose text this copy republishes or translates.'),
    url: z.string().nullable().describe('The original address, when known.'),
    dateline: z.string().nullable(),
    publishedOn: isoDay,
    yearInferred: z
      .boolean()
      .describe('The year is an analyst-confirmed inference, not in the dateline.'),
    yearBasis: z.string().nullable().describe('Why that year.'),
    place: z.string().nullable(),
    languages: z.array(z.string().describe('ISO 639-1 code.')),
    event: z.string().nullable(),
    importedAt: isoInstant,
    text: sourceTextSchema,
    statementCount: count,
  }),
);

export const sourceDetailSchema = named(
  'SourceDetail',
  sourceSchema.extend({
    text: sourceTextSchema.extend({
      content: z.string().describe('The full text; selectors index into it.'),
    }),
    spans: z
      .array(z.strictObject({ statementId: id, itemIds: z.array(id), selectors: selectorsSchema }))
      .describe('Statements anchored in this text version, in text order.'),
  }),
);

const evidenceSchema = named(
  'Evidence',
  z.strictObject({ statementId: id, sourceId: id, sourceTitle: z.string(), quote: z.string() }),
);

export const statusChangeSchema = named(
  'StatusChange',
  z.strictObject({
    id,
    itemId: id,
    itemTitle: z.string(),
    effectiveOn: isoDay,
    from: statusSchema,
    to: statusSchema,
    isCorrection: z.boolean(),
    correctsId: id.nullable().describe('The entry this one corrects.'),
    correctedById: id
      .nullable()
      .describe('The entry that corrects this one; a corrected entry no longer counts.'),
    note: z.string().describe('Why the status changed.'),
    authorName: z.string().nullable().describe('Analyst who decided; null for seed data.'),
    evidence: z.array(evidenceSchema),
    recordedAt: isoInstant,
    links: z.strictObject({
      html: z.string().describe('The entry on its item page.'),
      corrects: z.string().nullable(),
      correctedBy: z.string().nullable(),
    }),
  }),
);

const historyEntrySchema = named(
  'HistoryEntry',
  z.strictObject({
    id,
    status: statusSchema,
    effectiveOn: isoDay,
    recordedAt: isoInstant,
    note: z.string(),
    correctsId: id.nullable(),
    isStanding: z.boolean().describe('False for an entry a later correction replaced.'),
    evidence: z.array(z.strictObject({ statementId: id, quote: z.string(), sourceId: id })),
  }),
);

const snippetFragmentsSchema = z.array(z.strictObject({ text: z.string(), isMatch: z.boolean() }));

const itemFields = {
  id,
  url: z.string().describe('The item page.'),
  title: z.string(),
  summary: z.string(),
  titleRu: translation,
  summaryRu: translation,
  area: z.strictObject({ id, title: z.string() }),
  status: statusSchema,
  statusHistory: z.array(historyEntrySchema),
};

export const itemSchema = named(
  'Item',
  z.strictObject({
    ...itemFields,
    statements: z.array(id).describe('Ids of the statements quoted for this item.'),
    snippet: z
      .discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('statement'),
          statementId: id,
          sourceId: id,
          speaker: z.string(),
          fragments: snippetFragmentsSchema,
        }),
        z.strictObject({
          kind: z.literal('source'),
          sourceId: id,
          sourceTitle: z.string(),
          fragments: snippetFragmentsSchema,
        }),
      ])
      .nullable()
      .optional()
      .describe(
        'Only with q: the statement or source passage that matched, as text fragments with isMatch flags.',
      ),
  }),
  'A commitment with its current status and whole status history, oldest first.',
);

export const itemDetailSchema = named(
  'ItemDetail',
  z.strictObject({
    ...itemFields,
    lastEvidenceOn: isoDay.nullable(),
    milestones: z.array(
      z.strictObject({
        id,
        title: z.string(),
        titleRu: translation,
        dueOn: isoDay,
        precision: enumOf(
          ['DAY', 'MONTH', 'YEAR'],
          'YEAR: due by the end of that year; MONTH: by the end of that month.',
        ),
        metOn: isoDay.nullable().describe('Met: the last day of the period of outcomePrecision.'),
        missedOn: isoDay
          .nullable()
          .describe('Missed: the last day of the period of outcomePrecision.'),
        outcomePrecision: enumOf(
          ['DAY', 'MONTH', 'YEAR'],
          'How precise metOn or missedOn is: MONTH means some day of that month.',
        ),
        evidence: z
          .strictObject({ statementId: id, quote: z.string(), sourceId: id })
          .nullable()
          .describe('The statement that reports the outcome (null while open).'),
      }),
    ),
    statements: z.array(
      z.strictObject({
        id,
        quote: z.string(),
        speaker: z.string(),
        ...provenanceFields,
        statedOn: isoDay.nullable(),
        kind: statementKindSchema,
        anchorState: anchorStateSchema,
        source: z.strictObject({
          id,
          title: z.string(),
          url: z.string().nullable(),
          outletType: outletTypeSchema,
        }),
        sourceVersion: z.int().min(1),
        selectors: selectorsSchema,
      }),
    ),
  }),
  'An item with its milestones, status history and statements (with W3C selectors and their source).',
);

/** A page of a list: GET /api/v1/<list>. */
export const pageOf = <S extends z.ZodType>(item: S) =>
  z.strictObject({ data: z.array(item), meta: pageMetaSchema, links: pageLinksSchema });

/** One record: GET /api/v1/<list>/<id>; `html` where the record has a page of its own. */
export const recordOf = <S extends z.ZodType>(item: S) =>
  z.strictObject({
    data: item,
    links: z.strictObject({ self: z.string(), html: z.string().optional() }),
  });

export type StatusJson = z.infer<typeof statusSchema>;
export type AreaJson = z.infer<typeof areaSchema>;
export type StatementJson = z.infer<typeof statementSchema>;
export type SourceJson = z.infer<typeof sourceSchema>;
export type SourceDetailJson = z.infer<typeof sourceDetailSchema>;
export type StatusChangeJson = z.infer<typeof statusChangeSchema>;
export type ItemJson = z.infer<typeof itemSchema>;
export type ItemDetailJson = z.infer<typeof itemDetailSchema>;

/** The named schemas as JSON Schema (2020-12, what OpenAPI 3.1 uses), referring to each other. */
export function contractJsonSchemas(): Record<string, Record<string, unknown>> {
  const { schemas } = z.toJSONSchema(contract, {
    uri: (name) => `#/components/schemas/${name}`,
  });
  // The document declares its dialect once; each schema's own $schema and $id go.
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const rest: Record<string, unknown> = { ...schema };
      delete rest.$schema;
      delete rest.$id;
      return [name, rest];
    }),
  );
}
