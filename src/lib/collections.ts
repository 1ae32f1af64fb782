/**
 * The five collections, in the order the site presents them. Each is loaded from `content/<name>/*.mdx`. A plain
 * constant with no dependencies, so browser code can use it without pulling in the schemas.
 */
export const COLLECTIONS = ['causes', 'medications', 'lifestyle', 'symptoms', 'tests'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
