// The types of src/command-bundle.js (plain JavaScript, see there).
import type { Hash } from 'node:crypto';

export const root: string;
export const BUNDLE_INPUTS: string[];
export const FROM_SOURCES: string;

/** A hex hash of the files below each of `parts` (folders or files of the project at `from`; missing ones count as missing). */
export function codeHash(parts: string[], from?: string): string;
export function hashTree(h: Hash, at: string, label: string): void;

/** The key of the bundle of the code at `from`: its files' contents, the Node that runs it, and its place. */
export function bundleKey(from?: string): string;

/** The folder of the bundle of key `key` in the private folder `dir`. */
export function bundleFolder(dir: string, key: string): string;

/** What bin/pressearchiv.js runs: the kept bundle's entry URL, or the folder to make it in after the command (null: none). */
export function commandSource(env?: NodeJS.ProcessEnv): { bundle: string } | { keep: string | null };

export const BUNDLE_FILES: string;

/** Whether the bundle in `folder` has every file it was made with. */
export function wholeBundle(folder: string): boolean;

/** The mark of a maker at work on the bundle in `folder`. */
export function makingMark(folder: string): string;

/** Starts making the bundle in `folder` detached, unless a maker is at it. */
export function makeInBackground(folder: string): void;

/** Takes the making of the bundle in `folder` for this process: its release, or null when another maker has it. */
export function takeMaking(folder: string): (() => void) | null;

/** Removes this user's bundles in `dir` other than `kept` unused for long, and old work folders and making marks. */
export function removeUnusedBundles(dir: string, kept: string, now?: number): void;
