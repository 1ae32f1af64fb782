/** `/oembed/zh/<collection>/<slug>.json`: the oEmbed response of every Chinese article. */
import type { APIRoute } from 'astro';
import { zhArticleStaticPaths, type LocalEntry } from '../../../../data/zh';
import { oembedResponse } from '../../../../lib/oembed';
import { embedPath } from '../../../../lib/urls';
import { localizePath } from '../../../../lib/edition';
import { useTranslations } from '../../../../i18n';

export const getStaticPaths = zhArticleStaticPaths;

const t = useTranslations('zh-CN');

export const GET: APIRoute<{ entry: LocalEntry }> = ({ props: { entry }, site }) =>
  Response.json(
    oembedResponse({
      title: entry.data.title,
      embedUrl: new URL(localizePath(embedPath(entry.collection, entry.id), 'zh-CN'), site).href,
      siteName: t('site.name'),
      siteUrl: new URL('/zh/', site).href,
    }),
  );
