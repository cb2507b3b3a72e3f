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

/** A page's share of a byte budget: what one item weighs, and how much a page's items may weigh together. */
export interface PageBudget<T> {
  weight: (item: T) => number;
  max: number;
}

/** Pages of `size` items; with a budget, a page also ends before its items would weigh more (one item at least). */
export function paginate<T>(base: string, items: T[], size: number, budget?: PageBudget<T>): Chunk<T>[] {
  const pages = budget ? byWeight(items, size, budget) : Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
  if (!pages.length) pages.push([]);
  const total = pages.length;
  return pages.map((page, i) => {
    const n = i + 1;
    return {
      url: pageUrl(base, n),
      items: page,
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
    };
  });
}

function byWeight<T>(items: T[], size: number, budget: PageBudget<T>): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let weight = 0;
  for (const item of items) {
    const w = budget.weight(item);
    if (page.length && (page.length >= size || weight + w > budget.max)) {
      pages.push(page);
      page = [];
      weight = 0;
    }
    page.push(item);
    weight += w;
  }
  if (page.length) pages.push(page);
  return pages;
}
