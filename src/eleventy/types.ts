// The thin typed surface of Eleventy we use: Eleventy 3 ships no .d.ts, so this is the one adapter.
export interface EleventyConfig {
  addPlugin(plugin: (config: EleventyConfig) => void | Promise<void>): void;
  addGlobalData(name: string, data: unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addPassthroughCopy(path: string | Record<string, string>): void;
  addTransform(name: string, fn: (this: { page: { outputPath: string | false; url: string } }, content: string) => string): void;
  addWatchTarget(path: string): void;
  on(event: string, callback: (event: unknown) => void): void;
  setServerOptions(options: Record<string, unknown>): void;
  globalData: Record<string, unknown>;
  ignores: Set<string>;
  benchmarkManager: { setVerboseOutput(verbose: boolean): void; getAll(): Record<string, { setIsVerbose(verbose: boolean): void }> };
  pathPrefix?: string;
}

export interface EleventyInstance {
  write(): Promise<unknown>;
  disableLogger(): void;
  toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
}

export interface EleventyConstructor {
  new (
    input: string,
    output: string,
    options: { configPath?: string; quietMode?: boolean; pathPrefix?: string; config?: (c: EleventyConfig) => void | Promise<void> },
  ): EleventyInstance;
}
