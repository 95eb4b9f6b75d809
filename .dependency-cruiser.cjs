/**
 * Midad's module boundaries, checked by `npm run lint:boundaries` (part of `npm test`).
 * Calls go one way: route → service → repository → Kysely. See docs/architecture.md.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'surfaces-use-services',
      comment:
        'Routes and views (site, api, newsroom, operations, syndication, wordpress) never reach ' +
        'into the ' +
        'database or a ' +
        'repository: they call a service.',
      severity: 'error',
      from: { path: '^src/(site|api|newsroom|operations|syndication|wordpress)/' },
      to: { path: ['^src/db/', '-repository\\.ts$', '^src/core/repositories\\.ts$'] },
    },
    {
      name: 'text-is-a-leaf',
      comment: 'The text tools import nothing of the application.',
      severity: 'error',
      from: { path: '^src/text/' },
      to: { path: '^src/', pathNot: '^src/text/' },
    },
    {
      name: 'i18n-below-the-domains',
      comment: 'The message tables know the text vocabulary, nothing else.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/(i18n|text)/' },
    },
    {
      name: 'media-does-not-know-the-site',
      severity: 'error',
      from: { path: '^src/media/' },
      to: { path: '^src/site/' },
    },
    {
      name: 'db-below-the-domains',
      comment: 'The database layer knows its schema and the text vocabulary, no domain.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/', pathNot: '^src/(db|text|config)/' },
    },
    {
      name: 'domains-do-not-know-http',
      comment: 'Services and repositories never see a request: no Fastify surface is imported.',
      severity: 'error',
      from: { path: '^src/(content|accounts|jobs|events|core|media|text|i18n|db|webhooks)/' },
      to: { path: '^src/(site|api|newsroom|http|operations|syndication|wordpress)/' },
    },
    {
      name: 'no-test-code-in-the-app',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: ['\\.test\\.tsx?$', '^src/test-support/', 'test-factories\\.ts$'],
      },
      to: { path: ['^src/test-support/', '\\.test\\.tsx?$', 'test-factories\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/.*\\.test\\.tsx?$' },
  },
};
