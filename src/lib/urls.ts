/** URL helpers. Every internal URL ends with a slash (`trailingSlash: 'always'`). */
import type { CollectionName } from '../schemas/collections.ts';

/** `/causes/hepatitis-b/` */
export const articlePath = (collection: CollectionName, id: string) => `/${collection}/${id}/`;

/** `/embed/causes/hepatitis-b/` */
export const embedPath = (collection: CollectionName, id: string) => `/embed/${collection}/${id}/`;

/** `/causes/` */
export const indexPath = (collection: CollectionName) => `/${collection}/`;

/** Absolute URL on the site, e.g. `absoluteUrl('/tests/alt/', 'https://altatlas.org')`. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
