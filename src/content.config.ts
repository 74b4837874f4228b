/**
 * Wiring only: which collections exist, where they are loaded from and which schema
 * validates them. The schemas live in src/schemas/.
 */
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { docsLoader, i18nLoader } from './lib/build/docs-loader.ts';
import { DATA_FILES, dataParser, readVocabulary } from './lib/check/vocabulary.ts';
import { docsPageSchema } from './schemas/index.ts';
import { abbreviationSchema, sourceSchema, topicSchema } from './schemas/data.ts';

// The data files are read by the content check's reader, with its checks (one parser, one schema).
const vocabulary = readVocabulary(pathToFileURL(`${process.cwd()}/`));

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsPageSchema(vocabulary),
  }),
  sources: defineCollection({ loader: file(DATA_FILES.sources, { parser: dataParser('sources') }), schema: sourceSchema }),
  topics: defineCollection({ loader: file(DATA_FILES.topics, { parser: dataParser('topics') }), schema: topicSchema }),
  // Starlight's interface texts that we word differently ("Bewerk deze pagina").
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  abbreviations: defineCollection({
    loader: file(DATA_FILES.abbreviations, { parser: dataParser('abbreviations') }),
    schema: abbreviationSchema,
  }),
};
