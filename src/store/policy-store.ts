import { sql } from 'kysely';
import type { PolicyRules, PolicyVersion } from '../domain/policy.js';
import type { PolicyPreset } from '../domain/policy-presets.js';
import type { Db } from './database.js';

function versionOf(row: {
  policy_id: string;
  version: number;
  name: string;
  country: string;
  rules: Record<string, unknown>;
}): PolicyVersion {
  return {
    policyId: row.policy_id,
    version: row.version,
    name: row.name,
    country: row.country,
    // Written only through `addPolicyVersion`, whose input the API's schema and the domain checked.
    rules: row.rules as unknown as PolicyRules,
  };
}

/** The shipped presets, version 1 each, where they are missing (run by `migrate()`). */
export async function seedPolicyPresets(trx: Db, presets: readonly PolicyPreset[], at: Date): Promise<void> {
  for (const preset of presets) {
    await trx
      .insertInto('policy')
      .values({ id: preset.id, name: preset.name, country: preset.country, created_at: at })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('policy_version')
      .values({
        policy_id: preset.id,
        version: 1,
        rules: JSON.stringify(preset.rules),
        note: 'As shipped',
        created_at: at,
        created_by: null,
      })
      .onConflict((oc) => oc.columns(['policy_id', 'version']).doNothing())
      .execute();
  }
}

/** The newest version of a policy, or of each policy. */
export async function latestPolicyVersions(db: Db, policyId?: string): Promise<PolicyVersion[]> {
  let q = db
    .selectFrom('policy_version as v')
    .innerJoin('policy as p', 'p.id', 'v.policy_id')
    .select(['v.policy_id', 'v.version', 'v.rules', 'p.name', 'p.country'])
    .where(
      'v.version',
      '=',
      sql<number>`(select max(w.version) from policy_version w where w.policy_id = v.policy_id)`,
    );
  if (policyId) q = q.where('v.policy_id', '=', policyId);
  return (await q.orderBy('v.policy_id').execute()).map(versionOf);
}

export async function findPolicyVersion(
  db: Db,
  policyId: string,
  version: number,
): Promise<PolicyVersion | undefined> {
  const row = await db
    .selectFrom('policy_version as v')
    .innerJoin('policy as p', 'p.id', 'v.policy_id')
    .select(['v.policy_id', 'v.version', 'v.rules', 'p.name', 'p.country'])
    .where('v.policy_id', '=', policyId)
    .where('v.version', '=', version)
    .executeTakeFirst();
  return row ? versionOf(row) : undefined;
}

/** Every version of a policy, newest first, with who made it and why. */
export async function policyHistory(db: Db, policyId: string) {
  return db
    .selectFrom('policy_version as v')
    .leftJoin('staff_user as s', 's.id', 'v.created_by')
    .select(['v.version', 'v.note', 'v.created_at as createdAt', 's.display_name as createdByName'])
    .where('v.policy_id', '=', policyId)
    .orderBy('v.version', 'desc')
    .execute();
}

/** Adds the next version (call inside a transaction that locked the policy row). */
export async function insertPolicyVersion(
  trx: Db,
  values: { policyId: string; rules: PolicyRules; note: string; at: Date; staffId: string | null },
): Promise<number> {
  const latest = await trx
    .selectFrom('policy_version')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('policy_id', '=', values.policyId)
    .executeTakeFirst();
  const version = Number(latest?.version ?? 0) + 1;
  await trx
    .insertInto('policy_version')
    .values({
      policy_id: values.policyId,
      version,
      rules: JSON.stringify(values.rules),
      note: values.note,
      created_at: values.at,
      created_by: values.staffId,
    })
    .execute();
  return version;
}

export async function lockPolicy(trx: Db, policyId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('policy')
    .select('id')
    .where('id', '=', policyId)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

export async function activePolicyId(db: Db): Promise<string> {
  const row = await db
    .selectFrom('organisation_settings')
    .select('active_policy_id')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return row.active_policy_id;
}

export async function setActivePolicy(trx: Db, policyId: string): Promise<void> {
  await trx
    .updateTable('organisation_settings')
    .set({ active_policy_id: policyId })
    .where('id', '=', 1)
    .execute();
}

/**
 * Once, when the policy tables are made: days to an outcome an admin had set in the settings
 * become version 2 of the Canadian policy, so no promise changes with the upgrade.
 */
export async function carryOverSettingsDays(
  trx: Db,
  policyId: string,
  withDays: (rules: PolicyRules, days: { complaint: number; inquiry: number }) => PolicyRules,
  at: Date,
): Promise<void> {
  const settings = await trx
    .selectFrom('organisation_settings')
    .select(['complaint_business_days', 'inquiry_business_days'])
    .where('id', '=', 1)
    .executeTakeFirst();
  const [first] = await latestPolicyVersions(trx, policyId);
  if (!settings || !first) return;
  const days = { complaint: settings.complaint_business_days, inquiry: settings.inquiry_business_days };
  const rules = withDays(first.rules, days);
  if (JSON.stringify(rules) === JSON.stringify(withDays(first.rules, { complaint: 10, inquiry: 3 }))) return;
  await insertPolicyVersion(trx, {
    policyId,
    rules,
    note: 'Carried over from the organisation settings',
    at,
    staffId: null,
  });
}
