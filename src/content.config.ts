import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Long-form articles: one MDX file each in content/article, served at /<file name>/. */
const article = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/article' }),
  schema: z
    .strictObject({
      title: z.string().min(1),
      /** The dek: one Italian sentence, used as meta description and under the title. */
      description: z.string().min(20).max(220),
      lang: z.literal('it'),
      /** Optional: the source gives neither, so they are never invented. */
      author: z.string().min(1).optional(),
      /** ISO date `YYYY-MM-DD` of publication, when known. */
      pubDate: z.iso.date().optional(),
    }),
});

export const collections = { article };
