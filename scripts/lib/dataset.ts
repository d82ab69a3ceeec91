// A realistic tracker of any size, for the benchmark (`npm run bench -- --items N`)
// and the bounded-reads test: N items over 4 areas, N/5 sources of 3-20 KB in
// English and Russian made of sentences, 5 statements per item (each an exact
// span of its source, with W3C quote and position selectors in code points)
// and 4 status changes per item with evidence. Deterministic: the same N gives
// the same data. Inserted in batches with unnest(), through the real triggers.
import { createHash } from 'node:crypto';
import type pg from 'pg';

const EN = [
  'The member states agreed to strengthen collective security in the region.',
  'Belarus proposed a joint plan to respond to crisis situations on the borders.',
  'The ministers discussed the peacekeeping forces and their modern equipment.',
  'Analysts presented a forecast of the military and political situation in Eurasia.',
  'The Secretary General reported on the information work of the organization.',
  'Joint exercises of the collective rapid reaction forces were held in the autumn.',
  'The parties called for dialogue with the United Nations and the SCO.',
  'Minsk will host a conference on Eurasian security before the summit.',
];
const RU = [
  'Государства-члены договорились укреплять коллективную безопасность в регионе.',
  'Беларусь предложила совместный план реагирования на кризисные ситуации на границах.',
  'Министры обсудили миротворческие силы и их современное оснащение.',
  'Аналитики представили прогноз военно-политической обстановки в Евразии.',
  'Генеральный секретарь доложил об информационной работе организации.',
  'Совместные учения сил быстрого реагирования прошли осенью.',
];
const STATUSES = ['IN_PROGRESS', 'STALLED', 'PARTLY_KEPT', 'KEPT', 'NOT_YET_RATED'] as const;
const BATCH = 2_000;

/** Code points, as the W3C selectors count them. */
const codePoints = (text: string) => [...text].length;

interface Sentence {
  text: string;
  /** Code-point offset in the source text. */
  start: number;
}

function sourceText(index: number): { text: string; sentences: Sentence[] } {
  const russian = index % 4 === 3;
  const pool = russian ? RU : EN;
  // 3 to 20 KB: from 40 to ~250 sentences.
  const count = 40 + ((index * 37) % 210);
  const sentences: Sentence[] = [];
  let text = '';
  let offset = 0;
  for (let n = 0; n < count; n += 1) {
    const sentence = `${pool[(index + n) % pool.length]!.slice(0, -1)} (${index}.${n}).`;
    const separator = n === 0 ? '' : n % 6 === 0 ? '\n\n' : ' ';
    text += separator + sentence;
    offset += codePoints(separator);
    sentences.push({ text: sentence, start: offset });
    offset += codePoints(sentence);
  }
  return { text, sentences };
}

async function insertRows(
  client: pg.Client,
  table: string,
  columns: [name: string, type: string, wrap?: (column: string) => string][],
  rows: unknown[][],
) {
  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    const arrays = columns.map((_, column) => batch.map((row) => row[column]));
    const names = columns.map(([name]) => `"${name}"`).join(', ');
    const unnest = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
    const aliases = columns.map((_, index) => `c${index}`);
    const values = columns.map(([, , wrap], index) => (wrap ? wrap(`c${index}`) : `c${index}`));
    await client.query(
      `INSERT INTO "${table}" (${names}) SELECT ${values.join(', ')} FROM unnest(${unnest}) AS u(${aliases.join(', ')})`,
      arrays,
    );
  }
}

export interface DatasetSummary {
  items: number;
  sources: number;
  statements: number;
  statusChanges: number;
}

/** Adds a generated tracker of `items` items (ids prefixed `gen-`) to the database of `client`. */
export async function generateDataset(client: pg.Client, items: number): Promise<DatasetSummary> {
  const sourceCount = Math.max(1, Math.floor(items / 5));
  await client.query(
    `INSERT INTO "Presidency" (id, organization, "chairCountry", "periodStart", "periodEnd", motto)
     VALUES ('gen-presidency', 'Collective Security Treaty Organization (CSTO)', 'Belarus',
       '2023-01-01', '2023-12-31', 'Through solidarity and cooperation towards peace and security')
     ON CONFLICT (id) DO NOTHING`,
  );
  const now = new Date().toISOString();
  const areas = [0, 1, 2, 3].map((n) => [
    `gen-area-${n}`,
    'gen-presidency',
    n === 0 ? 'GOAL' : 'PRIORITY',
    100 + n,
    `Generated area ${n}`,
    'Generated for the benchmark.',
    now,
  ]);
  await insertRows(
    client,
    'PriorityArea',
    [
      ['id', 'text'],
      ['presidencyId', 'text'],
      ['kind', '"AreaKind"'],
      ['position', 'int'],
      ['title', 'text'],
      ['summary', 'text'],
      ['updatedAt', 'timestamp(3)'],
    ],
    areas,
  );

  const sources: { id: string; versionId: string; sentences: Sentence[]; russian: boolean }[] = [];
  const sourceRows: unknown[][] = [];
  const versionRows: unknown[][] = [];
  for (let s = 0; s < sourceCount; s += 1) {
    const { text, sentences } = sourceText(s);
    const id = `gen-source-${s}`;
    const versionId = `gen-version-${s}`;
    const russian = s % 4 === 3;
    sources.push({ id, versionId, sentences, russian });
    const day = `2023-${String(1 + (s % 12)).padStart(2, '0')}-${String(1 + (s % 28)).padStart(2, '0')}`;
    sourceRows.push([
      id,
      `Generated article ${s} on CSTO security`,
      russian ? 'БелТА' : 'BelTA',
      s % 3 === 0 ? 'OFFICIAL' : 'STATE_MEDIA',
      day,
      russian ? 'ru' : 'en',
      now,
    ]);
    const sha256 = createHash('sha256').update(text).digest('hex');
    versionRows.push([versionId, id, 1, text, sha256, now]);
  }
  await insertRows(
    client,
    'Source',
    [
      ['id', 'text'],
      ['title', 'text'],
      ['outlet', 'text'],
      ['outletType', '"OutletType"'],
      ['publishedOn', 'date'],
      ['languages', 'text', (column) => `ARRAY[${column}]`],
      ['updatedAt', 'timestamp(3)'],
    ],
    sourceRows,
  );
  await insertRows(
    client,
    'SourceVersion',
    [
      ['id', 'text'],
      ['sourceId', 'text'],
      ['number', 'int'],
      ['text', 'text'],
      ['sha256', 'text'],
      ['createdAt', 'timestamp(3)'],
    ],
    versionRows,
  );

  const itemRows: unknown[][] = [];
  const statementRows: unknown[][] = [];
  const linkRows: unknown[][] = [];
  const changeRows: unknown[][] = [];
  const evidenceRows: unknown[][] = [];
  const milestoneRows: unknown[][] = [];
  for (let i = 0; i < items; i += 1) {
    const id = `gen-item-${i}`;
    itemRows.push([
      id,
      `gen-area-${i % 4}`,
      Math.floor(i / 4),
      `Generated commitment ${i}: security cooperation`,
      `A commitment generated for the benchmark (${i}), on collective security in Eurasia.`,
      now,
    ]);
    if (i % 2 === 0)
      milestoneRows.push([
        `gen-milestone-${i}`,
        id,
        `Milestone of commitment ${i}`,
        `2023-${String(1 + (i % 12)).padStart(2, '0')}-28`,
        now,
      ]);
    const statementIds: string[] = [];
    for (let j = 0; j < 5; j += 1) {
      // Each source is quoted by 5 consecutive items (25 statements): the first
      // items quote the first sources, whatever the size of the tracker.
      const source = sources[Math.floor((i * 5 + j) / 25) % sourceCount]!;
      const sentence = source.sentences[(i + j * 7) % source.sentences.length]!;
      const statementId = `gen-statement-${i}-${j}`;
      statementIds.push(statementId);
      statementRows.push([
        statementId,
        source.id,
        source.versionId,
        sentence.text,
        '',
        '',
        sentence.start,
        sentence.start + codePoints(sentence.text),
        source.russian ? 'Александр Лукашенко' : 'Aleksandr Lukashenko',
        ['COMMITMENT', 'PROGRESS_CLAIM', 'ASSESSMENT'][j % 3],
        now,
      ]);
      linkRows.push([statementId, id]);
    }
    for (let k = 0; k < 4; k += 1) {
      const changeId = `gen-change-${i}-${k}`;
      const status = STATUSES[(i + k) % STATUSES.length]!;
      changeRows.push([
        changeId,
        id,
        status,
        `2023-${String(2 + k * 3).padStart(2, '0')}-15`,
        `Generated status note ${k} of commitment ${i}.`,
        // Item 0 recorded last: the newest changes are those of the first items at any size.
        new Date(Date.UTC(2023, 2 + k * 3, 16) - i * 1000).toISOString(),
      ]);
      // Every change cites one statement: every item's history has the same shape.
      evidenceRows.push([changeId, statementIds[k]!]);
    }
  }
  await insertRows(
    client,
    'Item',
    [
      ['id', 'text'],
      ['areaId', 'text'],
      ['position', 'int'],
      ['title', 'text'],
      ['summary', 'text'],
      ['updatedAt', 'timestamp(3)'],
    ],
    itemRows,
  );
  await insertRows(
    client,
    'Milestone',
    [
      ['id', 'text'],
      ['itemId', 'text'],
      ['title', 'text'],
      ['dueOn', 'date'],
      ['updatedAt', 'timestamp(3)'],
    ],
    milestoneRows,
  );
  await insertRows(
    client,
    'Statement',
    [
      ['id', 'text'],
      ['sourceId', 'text'],
      ['sourceVersionId', 'text'],
      ['quote', 'text'],
      ['prefix', 'text'],
      ['suffix', 'text'],
      ['start', 'int'],
      ['end', 'int'],
      ['speaker', 'text'],
      ['kind', '"StatementKind"'],
      ['updatedAt', 'timestamp(3)'],
    ],
    statementRows,
  );
  await insertRows(
    client,
    'StatementItem',
    [
      ['statementId', 'text'],
      ['itemId', 'text'],
    ],
    linkRows,
  );
  await insertRows(
    client,
    'StatusChange',
    [
      ['id', 'text'],
      ['itemId', 'text'],
      ['status', '"Status"'],
      ['effectiveOn', 'date'],
      ['note', 'text'],
      ['createdAt', 'timestamp(3)'],
    ],
    changeRows,
  );
  await insertRows(
    client,
    'StatusChangeEvidence',
    [
      ['statusChangeId', 'text'],
      ['statementId', 'text'],
    ],
    evidenceRows,
  );
  await client.query('ANALYZE');
  return {
    items,
    sources: sourceCount,
    statements: statementRows.length,
    statusChanges: changeRows.length,
  };
}
