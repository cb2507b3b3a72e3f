// An author's sign-off at the end of a text, as Austrian papers write it: "(Florian Vetter, 23.5.2024)", or
// undated "(Verena Kogelnik)". The one pattern that ingest (not a person of the article) and link (the author) read.
export const SIGN_OFF = /^\s*\(\s*(?:(\p{Lu}[^(),\d]{2,60}),\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|(\p{Lu}[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,3}))\s*\)\s*$/u;
