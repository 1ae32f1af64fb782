/** Every indexable page of the site, for the sitemap (embed, offline and lookup pages are left out: noindex). */
import { COLLECTIONS } from '../schemas/collections.ts';
import { articlePath, indexPath } from '../lib/urls.ts';
import { isoDate } from '../lib/dates.ts';
import type { SitemapItem } from '../lib/sitemap.ts';
import { allEntries } from './site.ts';

export const sitemapItems: SitemapItem[] = [
  { path: '/' },
  ...COLLECTIONS.map((c) => ({ path: indexPath(c) })),
  ...allEntries.map((e) => ({ path: articlePath(e.collection, e.id), lastmod: isoDate(e.data.reviewed) })),
  { path: '/search/' },
  { path: '/result/' },
  { path: '/integrate/' },
];
