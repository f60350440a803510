/**
 * The layering, checked on every test run: dependencies point inward.
 *   domain  ← app ← (http, web, jobs, notify, cli)     store is used by app and the edges
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
      to: { path: '^src/(http|web|cli|jobs)/|node_modules/(fastify|@fastify|preact)' },
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
