// OpenSearch description: lets browsers add the site as a search engine that opens /search/?q=….
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../lib/site';
import { SEARCH_PAGE_PATH } from '../lib/search/search';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`);

export const GET: APIRoute = ({ site }) => {
  const searchUrl = new URL(SEARCH_PAGE_PATH, site).href;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(SITE_NAME.slice(0, 16))}</ShortName>
  <Description>${escapeXml(`Search the ${SITE_NAME} guide and tools`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${escapeXml(new URL('/favicon.svg', site).href)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(searchUrl)}?q={searchTerms}"/>
  <moz:SearchForm xmlns:moz="http://www.mozilla.org/2006/browser/search/">${escapeXml(searchUrl)}</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
