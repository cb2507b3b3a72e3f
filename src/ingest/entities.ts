// People, places and organisations mentioned in an article, as written and deduplicated within it.
export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
}

export function extractEntities(texts: string[], authors: string[]): Entities {
  void texts;
  void authors;
  return { people: [], places: [], organisations: [] };
}
