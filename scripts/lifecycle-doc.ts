import { CASE_KINDS, LIFECYCLE_RULES, type LifecycleCommandType } from '../src/domain/case-lifecycle.js';

/** Renders docs/lifecycle.md from the domain's rules, so the documentation cannot drift. */
export function renderLifecycleDoc(): string {
  const commands = Object.keys(LIFECYCLE_RULES) as LifecycleCommandType[];
  const rows = commands.map((command) => {
    const rule = LIFECYCLE_RULES[command];
    const kinds = CASE_KINDS.filter((kind) => rule.from[kind]);
    const from = kinds
      .map(
        (kind) =>
          `${kinds.length > 1 ? `${kind}: ` : ''}${(rule.from[kind] ?? []).map((s) => `\`${s}\``).join(', ')}`,
      )
      .join('<br>');
    const sameForBoth =
      kinds.length === 2 && JSON.stringify(rule.from.complaint) === JSON.stringify(rule.from.inquiry);
    const fromCell = sameForBoth ? (rule.from.complaint ?? []).map((s) => `\`${s}\``).join(', ') : from;
    const kindCell = kinds.length === 2 ? 'both' : kinds.join('');
    return `| \`${command}\` | ${kindCell} | ${fromCell} | \`${rule.to}\` | ${rule.note ?? ''} |`;
  });
  const edges = new Set<string>();
  for (const command of commands) {
    const rule = LIFECYCLE_RULES[command];
    for (const kind of CASE_KINDS) {
      for (const from of rule.from[kind] ?? []) edges.add(`  ${from} --> ${rule.to}: ${command}`);
    }
  }
  return `# The case lifecycle

Generated from \`src/domain/case-lifecycle.ts\` by \`npm run docs:lifecycle\`; a test fails when
this file and the code disagree. The unit tests (\`test/unit/case-lifecycle.test.ts\`) check every
legal move below and that every other (kind, status, command) combination is refused with a
typed error.

A case is a **complaint** or an **inquiry** (C1). Escalation levels: 1 advisor, 2 senior manager,
3 head of support (C9). Every move appends events to the case's append-only log in the same
transaction as the change.

| command | kind | from | to | conditions |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

\`\`\`mermaid
stateDiagram-v2
  [*] --> received
${[...edges].join('\n')}
  closed --> [*]
\`\`\`
`;
}
