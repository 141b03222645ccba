import * as z from 'zod/mini';

/** The claims request's date hints, parsed by the background only (so the page bundle does not build this schema). */
export const DateHintsSchema = z.object({
  published: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  time: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  jsonLd: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
});

