// `npm run eval:suggest`: how good suggested evidence is (issue 11), on the
// seed. Leave one article out at a time: its statements are taken out of the
// item profiles, its sentences are ranked for every item (top 5 per item,
// above the threshold), and the seed's own statement-to-item links of that
// article are the answer key.
// - precision: suggestions that overlap a statement the seed files under that
//   item, over all suggestions made;
// - recall: the seed's (statement, item) links whose statement overlaps one of
//   the item's suggestions, over all links of the article.
// Runs in a database of its own (tracker_eval) on DATABASE_URL's server, or
// on the embedded one. `--min-score X` and `--per-item N` try other settings;
// `--no-terms` leaves out the English–Russian names and places.
import { parseArgs } from 'node:util';
import { BULK_TIMEOUTS, createPrismaClient } from '@/lib/db';
import { rankSentences, DEFAULT_MIN_SCORE, DEFAULT_PER_ITEM } from '@/lib/suggest/rank';
import { splitSentences } from '@/lib/suggest/sentences';
import { migrateAndSeed, recreateDatabase } from './lib/app-server';
import { connectDatabase, loadDotEnv, log } from './lib/runtime';

interface Link {
  statementId: string;
  itemId: string;
  start: number;
  end: number;
}

interface Tally {
  suggested: number;
  correct: number;
  links: number;
  found: number;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;

async function main() {
  const { values } = parseArgs({
    options: {
      'min-score': { type: 'string' },
      'per-item': { type: 'string' },
      'no-terms': { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
  });
  const minScore = values['min-score'] ? Number(values['min-score']) : DEFAULT_MIN_SCORE;
  const perItem = values['per-item'] ? Number(values['per-item']) : DEFAULT_PER_ITEM;

  loadDotEnv();
  const database = await connectDatabase();
  const url = await recreateDatabase(database.url, 'tracker_eval');
  const prisma = createPrismaClient(url, BULK_TIMEOUTS);
  try {
    log('Migrations and the seed into tracker_eval');
    await migrateAndSeed({ ...process.env, DATABASE_URL: url });
    const sources = await prisma.source.findMany({
      orderBy: { id: 'asc' },
      select: {
        id: true,
        languages: true,
        versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, text: true } },
      },
    });
    const total: Tally = { suggested: 0, correct: 0, links: 0, found: 0 };
    const lines: string[] = [];
    for (const source of sources) {
      const version = source.versions[0];
      if (!version) continue;
      const statements = await prisma.statement.findMany({
        where: { sourceId: source.id, sourceVersionId: version.id, archivedAt: null },
        select: { id: true, start: true, end: true, items: { select: { itemId: true } } },
      });
      const links: Link[] = statements.flatMap((statement) =>
        statement.items.map(({ itemId }) => ({
          statementId: statement.id,
          itemId,
          start: statement.start,
          end: statement.end,
        })),
      );
      const sentences = splitSentences(version.text, source.languages[0] ?? 'en');
      const ranked = await rankSentences(prisma, sentences, {
        excludeSourceIds: [source.id],
        perItem,
        minScore,
        withTerms: !values['no-terms'],
      });
      const overlaps = (link: Link, index: number) => {
        const sentence = sentences[index]!;
        return link.start < sentence.end && sentence.start < link.end;
      };
      const tally: Tally = { suggested: ranked.length, correct: 0, links: links.length, found: 0 };
      for (const suggestion of ranked) {
        const hit = links.some(
          (link) => link.itemId === suggestion.itemId && overlaps(link, suggestion.sentenceIndex),
        );
        if (hit) tally.correct += 1;
        if (values.verbose) {
          const text = sentences[suggestion.sentenceIndex]!.text.slice(0, 90);
          console.log(
            `${hit ? '✓' : '✗'} ${source.id} ${suggestion.itemId} ${suggestion.score.toFixed(2)} [${suggestion.matched.join(', ')}] ${text}`,
          );
        }
      }
      for (const link of links) {
        if (
          ranked.some(
            (suggestion) =>
              suggestion.itemId === link.itemId && overlaps(link, suggestion.sentenceIndex),
          )
        )
          tally.found += 1;
      }
      for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key];
      lines.push(
        `${source.id.padEnd(42)} ${String(sentences.length).padStart(9)} ${String(tally.suggested).padStart(9)} ${percent(tally.correct, tally.suggested).padStart(9)} ${percent(tally.found, tally.links).padStart(7)} (${tally.found}/${tally.links})`,
      );
    }
    console.log(
      `\nSuggested evidence, leave one article out (top ${perItem} per item, score >= ${minScore}${values['no-terms'] ? ', without the English–Russian terms' : ''})\n`,
    );
    console.log(`${'held-out source'.padEnd(42)} sentences suggested precision  recall`);
    for (const line of lines) console.log(line);
    console.log(
      `${'all five'.padEnd(42)} ${''.padStart(9)} ${String(total.suggested).padStart(9)} ${percent(total.correct, total.suggested).padStart(9)} ${percent(total.found, total.links).padStart(7)} (${total.found}/${total.links})`,
    );
  } finally {
    await prisma.$disconnect();
    if (database.embedded?.startedHere) await database.embedded.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
