import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

/** Public pages are for everyone, crawlers included; the workspace is not. */
export default function robots(): MetadataRoute.Robots {
  const site = new URL(env().SITE_URL).origin;
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/workspace', '/admin', '/account', '/login'] },
    sitemap: `${site}/sitemap.xml`,
  };
}
