// Import rules checked by `npm test` (dependency-cruiser): imports run one way, cli → build → stages → record.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: move what both sides need into a module of its own, lower down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'stage-imports-command-line',
      severity: 'error',
      comment: 'A stage (ingest, link, render, search) reaches up into the command line or the build: pass what it needs down instead.',
      from: { path: '^src/(ingest|link|render|search)/' },
      to: { path: '^src/(cli|build)' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve to a file or an installed package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
