import type { StaffMember } from '../../../app/auth/staff-member.js';
import type { StaffAccount } from '../../../app/staff/manage-staff.js';
import { LANGUAGES } from '../../../domain/language.js';
import { type OrganisationProfile, STAFF_SHOWN_TO_CUSTOMERS } from '../../../domain/organisation.js';
import { CANADIAN_REGIONS } from '../../../domain/region.js';
import { STAFF_ROLES } from '../../../domain/staff-role.js';
import { LANGUAGE_NAMES } from '../../../i18n/index.js';
import { Select, TextArea, TextInput } from '../../components/form-fields.js';
import type { PageContext } from '../../components/layout.js';
import { ConsoleLayout, CsrfField, FormOutcome } from '../console-layout.js';

export interface AdminPageProps {
  page: PageContext;
  staff: StaffMember;
  csrf: string;
  accounts: StaffAccount[];
  teams: { id: string; name: string }[];
  organisation: OrganisationProfile;
  /** The policies the organisation can run (C6). */
  policies: { id: string; name: string }[];
  /** Which form came back, with its values and errors. */
  form?: {
    name: 'colleague' | 'team' | 'settings' | string;
    values: Record<string, string>;
    errors: Record<string, string>;
  };
  saved?: boolean;
}

/** Users, teams and the organisation's settings, for admins. */
export function AdminPage(props: AdminPageProps) {
  const { page, csrf } = props;
  const { t } = page;
  const back = (name: string) => (props.form?.name === name ? props.form : undefined);
  const colleague = back('colleague');
  const team = back('team');
  const settings = back('settings');
  const org = props.organisation;
  const roleOptions = STAFF_ROLES.map((r) => ({ value: r, label: t(`console.role.${r}`) }));
  const teamOptions = props.teams.map((tm) => ({ value: tm.id, label: tm.name }));
  const languageOptions = LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }));
  const settingValue = (name: string, current: string) => settings?.values[name] ?? current;
  return (
    <ConsoleLayout page={page} title={t('console.admin.title')} staff={props.staff} csrf={csrf}>
      <h1>{t('console.admin.title')}</h1>
      <FormOutcome page={page} saved={props.saved} errors={props.form?.errors} />

      <section aria-labelledby="staff-title">
        <h2 id="staff-title">{t('console.admin.staff')}</h2>
        <table class="queue">
          <thead>
            <tr>
              <th scope="col">{t('console.admin.displayName')}</th>
              <th scope="col">{t('console.signIn.email')}</th>
              <th scope="col">{t('console.admin.role')}</th>
              <th scope="col">{t('console.admin.team')}</th>
              <th scope="col">{t('console.admin.language')}</th>
              <th scope="col">{t('console.admin.active')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('console.admin.save')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.accounts.map((account) => {
              const form = `staff-${account.id}`;
              return (
                <tr key={account.id}>
                  <td>{account.displayName}</td>
                  <td>{account.email}</td>
                  <td>
                    <RowSelect
                      form={form}
                      name="role"
                      label={`${t('console.admin.role')}: ${account.displayName}`}
                      value={account.role}
                      options={roleOptions}
                    />
                  </td>
                  <td>
                    <RowSelect
                      form={form}
                      name="teamId"
                      label={`${t('console.admin.team')}: ${account.displayName}`}
                      value={account.teamId ?? ''}
                      options={[{ value: '', label: t('console.admin.noTeam') }, ...teamOptions]}
                    />
                  </td>
                  <td>
                    <RowSelect
                      form={form}
                      name="language"
                      label={`${t('console.admin.language')}: ${account.displayName}`}
                      value={account.language}
                      options={languageOptions}
                    />
                  </td>
                  <td>
                    <input
                      form={form}
                      type="checkbox"
                      name="active"
                      value="true"
                      checked={account.active}
                      aria-label={`${t('console.admin.active')}: ${account.displayName}`}
                    />
                  </td>
                  <td>
                    <form id={form} method="post" action={`/console/admin/staff/${account.id}`}>
                      <CsrfField csrf={csrf} />
                      <button type="submit" class="link-button">
                        {t('console.admin.saveFor', { name: account.displayName })}
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <h3>{t('console.admin.newColleague')}</h3>
        <p class="hint">{t('console.admin.newColleague.hint')}</p>
        <form method="post" action="/console/admin/staff">
          <CsrfField csrf={csrf} />
          <TextInput
            id="new-email"
            name="email"
            type="email"
            label={t('console.signIn.email')}
            value={colleague?.values.email}
            error={colleague?.errors.email}
            required
          />
          <TextInput
            id="new-displayName"
            name="displayName"
            label={t('console.admin.displayName')}
            value={colleague?.values.displayName}
            error={colleague?.errors.displayName}
            required
          />
          <Select
            id="new-role"
            name="role"
            label={t('console.admin.role')}
            value={colleague?.values.role ?? 'advisor'}
            options={roleOptions}
          />
          <Select
            id="new-team"
            name="teamId"
            label={t('console.admin.team')}
            placeholder={t('console.admin.noTeam')}
            value={colleague?.values.teamId}
            options={teamOptions}
          />
          <Select
            id="new-language"
            name="language"
            label={t('console.admin.language')}
            value={colleague?.values.language ?? page.language}
            options={languageOptions}
          />
          <button type="submit">{t('console.admin.create')}</button>
        </form>
      </section>

      <section aria-labelledby="teams-title">
        <h2 id="teams-title">{t('console.admin.teams')}</h2>
        <ul>
          {props.teams.map((tm) => (
            <li key={tm.id}>{tm.name}</li>
          ))}
        </ul>
        <form method="post" action="/console/admin/teams">
          <CsrfField csrf={csrf} />
          <TextInput
            id="team-name"
            name="name"
            label={t('console.admin.teamName')}
            value={team?.values.name}
            error={team?.errors.name}
            required
          />
          <button type="submit">{t('console.admin.create')}</button>
        </form>
      </section>

      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{t('console.admin.settings')}</h2>
        <ul>
          <li>
            <a href="/console/admin/eligibility">{t('console.eligibility.title')}</a>
          </li>
          <li>
            <a href="/console/admin/policies">{t('console.policy.title')}</a>
          </li>
        </ul>
        <form method="post" action="/console/admin/settings">
          <CsrfField csrf={csrf} />
          <TextInput
            name="name"
            label={t('console.admin.settings.name')}
            value={settingValue('name', org.name)}
            error={settings?.errors.name}
            required
          />
          <TextInput
            name="complaintsPhone"
            label={t('console.admin.settings.phone')}
            value={settingValue('complaintsPhone', org.complaintsPhone)}
            error={settings?.errors.complaintsPhone}
            required
          />
          <TextArea
            name="postalAddress"
            rows={3}
            label={t('console.admin.settings.address')}
            value={settingValue('postalAddress', org.postalAddress)}
            error={settings?.errors.postalAddress}
            required
          />
          <TextInput
            name="website"
            label={t('console.admin.settings.website')}
            value={settingValue('website', org.website)}
            error={settings?.errors.website}
          />
          <Select
            name="defaultRegion"
            label={t('console.admin.settings.defaultRegion')}
            value={settingValue('defaultRegion', org.defaultRegion)}
            options={CANADIAN_REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) }))}
          />
          <TextInput
            name="trackingPrefix"
            label={t('console.admin.settings.prefix')}
            value={settingValue('trackingPrefix', org.trackingPrefix)}
            error={settings?.errors.trackingPrefix}
            required
          />
          <Select
            name="activePolicyId"
            label={t('console.admin.settings.policy')}
            hint={t('console.admin.settings.policyHint')}
            value={settingValue('activePolicyId', org.activePolicyId)}
            options={props.policies.map((p) => ({ value: p.id, label: p.name }))}
          />
          <TextInput
            name="complaintDays"
            label={t('console.admin.settings.complaintDays')}
            value={settingValue('complaintDays', String(org.responseBusinessDays.complaint))}
            error={settings?.errors.complaintDays}
            required
          />
          <TextInput
            name="inquiryDays"
            label={t('console.admin.settings.inquiryDays')}
            value={settingValue('inquiryDays', String(org.responseBusinessDays.inquiry))}
            error={settings?.errors.inquiryDays}
            required
          />
          <TextInput
            name="ombudsmanName"
            label={t('console.admin.settings.ombudsmanName')}
            value={settingValue('ombudsmanName', org.ombudsman.name)}
            error={settings?.errors.ombudsmanName}
            required
          />
          <TextInput
            name="ombudsmanWebsite"
            label={t('console.admin.settings.ombudsmanWebsite')}
            value={settingValue('ombudsmanWebsite', org.ombudsman.website)}
            error={settings?.errors.ombudsmanWebsite}
          />
          <TextInput
            name="ombudsmanPhone"
            label={t('console.admin.settings.ombudsmanPhone')}
            value={settingValue('ombudsmanPhone', org.ombudsman.phone)}
            error={settings?.errors.ombudsmanPhone}
          />
          <TextArea
            name="closureDays"
            rows={4}
            label={t('console.admin.settings.closureDays')}
            value={settingValue('closureDays', org.closureDays.join('\n'))}
            error={settings?.errors.closureDays}
          />
          <TextInput
            name="reminderHoursBefore"
            label={t('console.admin.settings.reminderHours')}
            value={settingValue('reminderHoursBefore', String(org.reminderHoursBefore))}
            error={settings?.errors.reminderHoursBefore}
            required
          />
          <Select
            name="automaticProgressNotice"
            label={t('console.admin.settings.autoNotice')}
            value={settingValue('automaticProgressNotice', String(org.automaticProgressNotice))}
            options={[
              { value: 'true', label: t('console.admin.settings.autoNotice.on') },
              { value: 'false', label: t('console.admin.settings.autoNotice.off') },
            ]}
          />
          <Select
            name="staffShownToCustomers"
            label={t('console.admin.settings.staffShown')}
            value={settingValue('staffShownToCustomers', org.staffShownToCustomers)}
            options={STAFF_SHOWN_TO_CUSTOMERS.map((v) => ({
              value: v,
              label: t(`console.admin.settings.staffShown.${v}`),
            }))}
          />
          <button type="submit">{t('console.admin.save')}</button>
        </form>
      </section>
    </ConsoleLayout>
  );
}

/** A select in a table row, tied to the row's form (the `form` attribute), labelled for its row. */
function RowSelect(props: {
  form: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <select form={props.form} name={props.name} aria-label={props.label}>
      {props.options.map((o) => (
        <option key={o.value} value={o.value} selected={o.value === props.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
