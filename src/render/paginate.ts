// Splits long lists into pages: `/x/`, `/x/seite/2/`, … with a short window of page links.
import { pageUrl } from './urls.ts';

export interface PageLink {
  n: number;
  url: string;
  current: boolean;
}

export interface Pagination {
  n: number;
  total: number;
  previous: string | null;
  next: string | null;
  links: (PageLink | null)[]; // null stands for a gap ("…")
}

export interface Chunk<T> {
  url: string;
  items: T[];
  pagination: Pagination | null; // null when everything fits on one page
}

/** The first, the last and two either side of the current page; gaps become null. */
export function pageWindow(n: number, total: number, base: string): (PageLink | null)[] {
  const wanted = new Set([1, total, n - 2, n - 1, n, n + 1, n + 2].filter((k) => k >= 1 && k <= total));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (PageLink | null)[] = [];
  sorted.forEach((k, i) => {
    if (i > 0 && k - sorted[i - 1]! > 1) out.push(null);
    out.push({ n: k, url: pageUrl(base, k), current: k === n });
  });
  return out;
}

export function paginate<T>(base: string, items: T[], size: number): Chunk<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const chunks: Chunk<T>[] = [];
  for (let n = 1; n <= total; n++) {
    chunks.push({
      url: pageUrl(base, n),
      items: items.slice((n - 1) * size, n * size),
      pagination:
        total === 1
          ? null
          : {
              n,
              total,
              previous: n > 1 ? pageUrl(base, n - 1) : null,
              next: n < total ? pageUrl(base, n + 1) : null,
              links: pageWindow(n, total, base),
            },
    });
  }
  return chunks;
}
