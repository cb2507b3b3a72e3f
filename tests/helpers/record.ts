// Small article records with defaults filled in, for the link and render tests.
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import type { ArticleRecord } from '../../src/record.ts';

export function makeRecord(fields: Partial<ArticleRecord> & { id: string }): ArticleRecord {
  const body = fields.body ?? '';
  const title = fields.title ?? `Artikel ${fields.id}`;
  return {
    slug: slugify(`${title}-${fields.id}`),
    source: {
      path: `${fields.id}.txt`,
      sha256: createHash('sha256')
        .update(fields.id + body)
        .digest('hex'),
      encoding: 'utf-8',
      bytes: Buffer.byteLength(body),
    },
    title,
    titleSource: 'headline',
    subtitle: null,
    lead: null,
    date: null,
    datePrecision: null,
    dateSource: 'none',
    dateText: null,
    authors: [],
    agencies: [],
    outlet: null,
    dateline: null,
    quotes: [],
    captions: [],
    embedded: [],
    people: [],
    places: [],
    organisations: [],
    wordCount: body.split(/\s+/).filter(Boolean).length,
    warnings: [],
    body,
    ...fields,
    ...(fields.date && !fields.datePrecision
      ? { datePrecision: fields.date.includes('T') ? 'minute' : (['year', 'month', 'day'] as const)[fields.date.split('-').length - 1]! }
      : {}),
    ...(fields.date && !fields.dateSource ? { dateSource: 'header' as const } : {}),
  };
}
