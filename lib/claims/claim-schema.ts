import * as z from 'zod/mini';

/**
 * A checked market claim, as the background sends it to the sidebar and the claims CLI prints it
 * (README contract 5). zod/mini: the content script validates the reply with it.
 */

export const CLAIM_KINDS = [
  'fed-funds-range',
  'rate-move-count',
  'treasury-yield',
  'small-vs-large-discount',
  'pe-multiple',
  'market-cap',
  'price-return',
  'earnings-growth',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const VERDICTS = ['matches', 'differs', 'unverifiable'] as const;

/** A number, or a [lower, upper] range (fed funds). */
const ClaimValue = z.union([z.number(), z.tuple([z.number(), z.number()])]);
export type ClaimValue = z.infer<typeof ClaimValue>;

export const StatedSchema = z.object({ value: ClaimValue, unit: z.string() });
export const OursSchema = z.object({ value: ClaimValue, unit: z.string(), asOf: z.string(), source: z.string() });

export const CheckedClaimSchema = z.object({
  kind: z.enum(CLAIM_KINDS),
  /** The claim as written in the article. */
  text: z.string(),
  subject: z.nullable(z.string()),
  stated: StatedSchema,
  ours: z.nullable(OursSchema),
  verdict: z.enum(VERDICTS),
  note: z.string(),
  /** The sentence the claim sits in, so the page can scroll to it (not part of the CLI contract). */
  sentence: z.string(),
});
export type CheckedClaim = z.infer<typeof CheckedClaimSchema>;

export const ClaimCheckSchema = z.object({
  /** false when the user switched the claim check off (Options): nothing was read. */
  enabled: z.boolean(),
  articleDate: z.nullable(z.string()),
  /** Where the date came from ("meta article:published_time", "byline", …). */
  dateSource: z.nullable(z.string()),
  claims: z.array(CheckedClaimSchema),
});
export type ClaimCheck = z.infer<typeof ClaimCheckSchema>;

/** What the page sends with the article's text: the date hints in its markup (validated by ./claim-request-schema.ts). */
export interface DateHints {
  published?: string | null;
  time?: string | null;
  jsonLd?: string | null;
}

export { MAX_ARTICLE_CHARS } from './article-limit';
