// A legal form or company word right after a name makes the name a company: "Axel Springer SE", "Hofer KG",
// "Porsche Holding", "Meinl & Co.". The one pattern that ingest and link read.
export const COMPANY_AFTER = /^\s+(?:(?:SE|AG|GmbH|KG|OG|OHG|KGaA|Holding|Konzern|Verlag|Gruppe|Group|Inc|Ltd|Stiftung)\b|&\s*(?:Co|Cie)\b)/u;
