/**
 * Every indexable page of the site, for the sitemap (embed, offline and lookup pages are left out: noindex). A page
 * that exists in both languages is listed once per language, each with both as hreflang alternates plus x-default.
 */
import { COLLECTIONS } from '../schemas/collections.ts';
import { articlePath, indexPath } from '../lib/urls.ts';
import { isoDate } from '../lib/dates.ts';
import { DEFAULT_EDITION, EDITIONS, localizePath } from '../lib/edition.ts';
import type { SitemapItem } from '../lib/sitemap.ts';
import { allEntries } from './site.ts';
import { ZH_ENABLED } from './zh.ts';

const bilingual: SitemapItem[] = [
  { path: '/' },
  ...COLLECTIONS.map((c) => ({ path: indexPath(c) })),
  ...allEntries.map((e) => ({ path: articlePath(e.collection, e.id), lastmod: isoDate(e.data.reviewed) })),
  { path: '/search/' },
  { path: '/result/' },
];

const editions = ZH_ENABLED ? EDITIONS : [DEFAULT_EDITION];

export const sitemapItems: SitemapItem[] = [
  ...editions.flatMap((edition) =>
    bilingual.map((item) => ({
      ...item,
      path: localizePath(item.path, edition),
      alternates: ZH_ENABLED
        ? {
            ...Object.fromEntries(EDITIONS.map((e) => [e, localizePath(item.path, e)])),
            'x-default': localizePath(item.path, DEFAULT_EDITION),
          }
        : undefined,
    })),
  ),
  { path: '/integrate/' },
];
