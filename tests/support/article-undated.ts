// The article carries no date: every page that shows its pay ranges ("$15–$35") or its descriptions of platforms (a
// fact marked with the article's source mark) says so exactly once (src/components/ArticleUndated.astro), and no page
// says it twice. Read from the built HTML.

/** A pay range as the site writes one: "$15–$35". */
const PAY_RANGE = /\$\d[\d,]*–\$\d/;
const ARTICLE_MARK = /class="[^"]*\bsource-mark--article\b/;
const NOTE = /data-article-undated/g;

/** What is wrong with one built page, or nothing. */
export function articleUndatedProblems(html: string): string[] {
  const notes = html.match(NOTE)?.length ?? 0;
  const shows = PAY_RANGE.test(html) || ARTICLE_MARK.test(html);
  if (shows && notes === 0) return ["shows the article's pay ranges or platform descriptions without saying the article is undated"];
  if (notes > 1) return [`says the article is undated ${notes} times, not once`];
  return [];
}
