// Test helpers: small article records with defaults filled in.
export { makeRecord } from '../helpers/record.ts';
