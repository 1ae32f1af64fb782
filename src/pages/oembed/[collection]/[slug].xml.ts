/** `/oembed/<collection>/<slug>.xml`: the oEmbed response of every article in the XML format (`format=xml`). */
import type { APIRoute } from 'astro';
import { allEntries, type Entry } from '../../../data/site';
import { oembedResponse, oembedXml } from '../../../lib/oembed';
import { embedPath } from '../../../lib/urls';
import { t } from '../../../i18n';

export function getStaticPaths() {
  return allEntries.map((entry) => ({ params: { collection: entry.collection, slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: Entry }> = ({ props: { entry }, site }) =>
  new Response(
    oembedXml(
      oembedResponse({
        title: entry.data.title,
        embedUrl: new URL(embedPath(entry.collection, entry.id), site).href,
        siteName: t('site.name'),
        siteUrl: new URL('/', site).href,
      }),
    ),
    { headers: { 'content-type': 'text/xml; charset=utf-8' } },
  );
