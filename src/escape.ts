// Escaping for HTML and XML, once for every stage that writes markup (render's pages and feeds, search's index input).
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const entity = (c: string) => ENTITIES[c]!;

/** Text and attribute values of any quoting: all five special characters. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, entity);

/** Double-quoted attribute values: apostrophes stay as written. */
export const escapeAttr = (value: string): string => value.replace(/[&<>"]/g, entity);

/** Element text (HTML or XML): quote marks stay as written. */
export const escapeText = (text: string): string => text.replace(/[&<>]/g, entity);
