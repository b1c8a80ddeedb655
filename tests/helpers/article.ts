/** The article the tests read: its slug, its page's path under the base, and its MDX file. */
export const SLUG = 'alleanza-corea-del-nord-russia';
export const ARTICLE_PATH = `${SLUG}/`;
export const ARTICLE_FILE = `content/article/${SLUG}.mdx`;
