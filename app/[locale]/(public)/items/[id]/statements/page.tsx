import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StatementList } from '@/components/statement-list';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { getItemDetail } from '@/lib/data/public/item-detail';
import { pageLocale } from '@/lib/i18n/page-locale';

// The statements of an item with more than one page of them; the item page
// itself shows the first page.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ id: string; locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await getItemDetail((await params).id);
  return { title: item ? `Statements: ${item.title}` : 'Item not found' };
}

export default async function ItemStatementsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const page = pageParam((await searchParams).page);
  const item = await getItemDetail((await params).id, page);
  if (!item) notFound();
  return (
    <section aria-labelledby="statements-heading" className="space-y-4">
      <p className="text-sm">
        <Link href={`/items/${item.id}`} className="underline">
          {item.title}
        </Link>
      </p>
      <h1 id="statements-heading" className="text-2xl font-semibold tracking-tight">
        Statements ({item.statementCount})
      </h1>
      <StatementList statements={item.statements} locale={locale} />
      <Pagination
        label="Pages of statements"
        page={item.statementPage}
        pageCount={item.statementPageCount}
        href={(target) => `/items/${item.id}/statements?page=${target}`}
      />
    </section>
  );
}
