import type { APIRoute } from 'astro';
import { sitemapXml } from '../lib/sitemap';
import { sitemapItems } from '../data/site-pages';

export const GET: APIRoute = ({ site }) =>
  new Response(sitemapXml(sitemapItems, site!), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
