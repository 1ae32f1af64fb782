import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { createSchemas, type CollectionName } from './schemas/collections.ts';
import { ZhPageSchema } from './schemas/zh.ts';

const schemas = createSchemas((name) => reference(name));

/**
 * Each `.mdx` file in `content/<name>/` is one page; its file name is the slug. `ALT_ATLAS_CONTENT` points the build
 * at another content folder (the build benchmark's synthetic corpora, the offline update test).
 */
const root = process.env.ALT_ATLAS_CONTENT ?? './content';
// Pages render from their compiled MDX, so the raw text is not kept in the data store (less memory on large sites).
const load = (name: CollectionName) => glob({ pattern: '*.mdx', base: `${root}/${name}`, retainBody: false });

export const collections = {
  causes: defineCollection({ loader: load('causes'), schema: schemas.causes }),
  medications: defineCollection({ loader: load('medications'), schema: schemas.medications }),
  lifestyle: defineCollection({ loader: load('lifestyle'), schema: schemas.lifestyle }),
  symptoms: defineCollection({ loader: load('symptoms'), schema: schemas.symptoms }),
  tests: defineCollection({ loader: load('tests'), schema: schemas.tests }),
  // The Chinese edition: `content/zh/<collection>/<slug>.mdx`, id `<collection>/<slug>` (src/data/zh.ts pairs them).
  zh: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${root}/zh`, retainBody: false }),
    schema: ZhPageSchema,
  }),
};
