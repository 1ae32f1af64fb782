/** `/oembed/<collection>/<slug>.json`: the oEmbed response of every article (type rich, a plain iframe). */
import type { APIRoute } from 'astro';
import { allEntries, type Entry } from '../../../data/site';
import { oembedResponse } from '../../../lib/oembed';
import { embedPath } from '../../../lib/urls';
import { t } from '../../../i18n';

export function getStaticPaths() {
  return allEntries.map((entry) => ({ params: { collection: entry.collection, slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: Entry }> = ({ props: { entry }, site }) =>
  Response.json(
    oembedResponse({
      title: entry.data.title,
      embedUrl: new URL(embedPath(entry.collection, entry.id), site).href,
      siteName: t('site.name'),
      siteUrl: new URL('/', site).href,
    }),
  );
