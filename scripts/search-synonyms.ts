// `npm run search:synonyms`: writes the migration that puts lib/search/synonyms.ts
// into Postgres's "SearchSynonym" table (search's synonym dictionary). Run it
// after editing the list; lib/search/synonyms.test.ts fails until then.
// The stems are computed by Postgres when the migration runs, with the same
// English and Russian configurations as the search vectors.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { searchSynonymRows } from '@/lib/search/synonyms';

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function synonymMigrationSql(): string {
  const values = searchSynonymRows()
    .map(({ term, group }) => `  (${literal(term)}, ${group})`)
    .join(',\n');
  return `-- Written by \`npm run search:synonyms\` from lib/search/synonyms.ts: edit the
-- list and run it again, never this file.
DELETE FROM "SearchSynonym";
INSERT INTO "SearchSynonym" ("term", "lexeme", "synonymGroup")
SELECT DISTINCT t.term, lexeme, t.grp
FROM (VALUES
${values}
) AS t(term, grp)
CROSS JOIN LATERAL unnest(tsvector_to_array(
  to_tsvector('english'::regconfig, t.term) || to_tsvector('russian'::regconfig, t.term))) AS lexeme;
`;
}

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join('prisma', 'migrations', `${stamp}_search_synonyms`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), synonymMigrationSql());
console.log(`Wrote ${dir}/migration.sql; apply it with \`npm run db:deploy\`.`);
