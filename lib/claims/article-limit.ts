/**
 * Claims are found in the article's first this-many characters (a long article is cut, not refused).
 * Its own module, free of zod: the content script reads it, and the page carries no zod.
 */
export const MAX_ARTICLE_CHARS = 100_000;
