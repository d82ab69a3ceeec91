import type { MetadataRoute } from 'next';
import { boundedCachedRead } from '@/lib/data/shared/cache';
import { db } from '@/lib/db';
import { publishedItemWhere } from '@/lib/data/public/tracker';
import { env } from '@/lib/env';

// Built once per data version in each instance, however many crawlers ask.
export const dynamic = 'force-dynamic';

/** One sitemap holds at most 50,000 addresses (sitemaps.org): pages first, then items, then sources. */
const SITEMAP_LIMIT = 50_000;

const cachedSitemap = boundedCachedRead(1, readSitemap);

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return cachedSitemap();
}

async function readSitemap(): Promise<MetadataRoute.Sitemap> {
  const site = new URL(env().SITE_URL).origin;
  const pages = ['/', '/items', '/sources', '/methodology', '/api-docs'].map((path) => ({
    url: `${site}${path === '/' ? '' : path}`,
  }));
  const items = await db().item.findMany({
    where: publishedItemWhere,
    orderBy: [{ area: { position: 'asc' } }, { position: 'asc' }, { id: 'asc' }],
    take: SITEMAP_LIMIT - pages.length,
    select: { id: true, updatedAt: true },
  });
  const sources = await db().source.findMany({
    where: { archivedAt: null },
    orderBy: [{ publishedOn: 'desc' }, { id: 'asc' }],
    take: Math.max(0, SITEMAP_LIMIT - pages.length - items.length),
    select: { id: true, updatedAt: true },
  });
  return [
    ...pages,
    ...items.map((item) => ({ url: `${site}/items/${item.id}`, lastModified: item.updatedAt })),
    ...sources.map((source) => ({
      url: `${site}/sources/${source.id}`,
      lastModified: source.updatedAt,
    })),
  ];
}
