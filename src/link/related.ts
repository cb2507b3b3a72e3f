// Related articles: up to five per article, the same story first, then by similarity.
import type { PairScore } from './stories.ts';

export const MAX_RELATED = 5;

/**
 * `storyOf[i]` is article i's story index (or -1); `scores` are the candidate pairs' scores;
 * `rank[i]` is article i's place in time order. Returns article indices per article.
 */
export function relatedArticles(n: number, storyOf: number[], storyMembers: number[][], scores: PairScore[], rank: number[]): number[][] {
  const partners: number[][] = Array.from({ length: n }, () => []);
  const partnerScores: number[][] = Array.from({ length: n }, () => []);
  for (const s of scores) {
    partners[s.a]!.push(s.b);
    partnerScores[s.a]!.push(s.score);
    partners[s.b]!.push(s.a);
    partnerScores[s.b]!.push(s.score);
  }
  const sim = new Float64Array(n); // article i's score with each article, for the i at hand (0: no link)
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    partners[i]!.forEach((j, k) => (sim[j] = partnerScores[i]![k]!));
    const chosen: number[] = [];
    const st = storyOf[i]!;
    if (st >= 0) {
      const mates = storyMembers[st]!.filter((j) => j !== i);
      // nearest in time first, then the more similar, then by time order
      mates.sort((a, b) => Math.abs(rank[a]! - rank[i]!) - Math.abs(rank[b]! - rank[i]!) || sim[b]! - sim[a]! || rank[a]! - rank[b]!);
      for (const j of mates) if (chosen.length < MAX_RELATED) chosen.push(j);
    }
    if (chosen.length < MAX_RELATED) {
      const others = [...new Set(partners[i])].filter((j) => !chosen.includes(j) && sim[j]! > 0);
      others.sort((a, b) => sim[b]! - sim[a]! || rank[a]! - rank[b]!);
      for (const j of others) if (chosen.length < MAX_RELATED) chosen.push(j);
    }
    out.push(chosen);
    for (const j of partners[i]!) sim[j] = 0;
  }
  return out;
}
