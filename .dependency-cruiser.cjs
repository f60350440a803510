/**
 * The layering, checked on every test run: dependencies point inward.
 *   domain  ← app ← (edge ← (http, web), jobs, notify, cli)     store is used by app and jobs
 * src/server.ts composes the two edges; they never import each other.
 * The domain decides and imports nothing with I/O; use cases do not know HTTP or pages.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain holds pure rules: no storage, HTTP, jobs, pages, mail, config or Node I/O.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        path: '^src/(app|store|http|web|jobs|notify|i18n|cli)/|^src/(config|service|main)\\.ts$|^node:(fs|net|http|https|child_process|dgram|dns|tls|worker_threads)',
      },
    },
    {
      name: 'domain-has-no-dependencies',
      comment:
        'The domain uses no npm packages, so it stays small and testable; date-holidays is the one ' +
        'exception: pure data and arithmetic about public holidays, no I/O.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled'],
        pathNot: 'node_modules/date-holidays/',
      },
    },
    {
      name: 'app-knows-no-edges',
      comment: 'Use cases do not know about HTTP, pages, or the command line.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/(http|web|edge|cli|jobs)/|node_modules/(fastify|@fastify|preact)' },
    },
    {
      name: 'store-knows-no-edges',
      comment: 'Storage serves use cases; it does not call them or the edges.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(app|http|web|cli|jobs|notify)/' },
    },
    {
      name: 'web-and-http-do-not-query',
      comment: 'Routes and pages go through use cases, never straight to the database.',
      severity: 'error',
      from: { path: '^src/(http|web)/' },
      to: { path: '^src/store/|node_modules/(kysely|pg|@electric-sql)/' },
    },
    {
      name: 'http-and-web-apart',
      comment:
        'The API and the pages are two thin edges over the same use cases; what both need lives in ' +
        'src/edge/, and src/server.ts puts them together.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'web-and-http-apart',
      comment: 'See http-and-web-apart.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/http/' },
    },
    {
      name: 'edge-serves-both',
      comment: 'src/edge/ is shared by the API and the pages, so it knows neither (nor jobs or the CLI).',
      severity: 'error',
      from: { path: '^src/edge/' },
      to: { path: '^src/(http|web|jobs|cli|store)/|^src/(server|service|main)\\.ts$' },
    },
    {
      name: 'jobs-know-no-edges',
      comment: 'The outbox, the sweep and housekeeping run beside the server, not through it.',
      severity: 'error',
      from: { path: '^src/jobs/' },
      to: {
        path: '^src/(http|web|edge|cli)/|^src/(server|service|main)\\.ts$|node_modules/(fastify|@fastify|preact)',
      },
    },
    {
      name: 'notify-writes-only',
      comment:
        'src/notify/ turns read models into words, emails and letters: it does not query, call use ' +
        'cases that change things, or know the edges and jobs.',
      severity: 'error',
      from: { path: '^src/notify/' },
      to: {
        path: '^src/(http|web|edge|jobs|cli)/|^src/store/(?!make-dirs)|^src/(server|service|main)\\.ts$',
      },
    },
    {
      name: 'rows-stay-in-store',
      comment:
        'Rows are mapped to the domain types once, in src/store/: nothing else reads the schema or ' +
        'Kysely (test/unit/rows-stay-in-store.test.ts checks that no row type is imported either).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: '^src/store/schema\\.ts$|node_modules/kysely/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
