import type { StaffMember } from '../../../app/auth/staff-member.js';
import type { CaseList, CaseListRequest, QueueView } from '../../../app/casework/list-cases.js';
import { QUEUE_VIEWS } from '../../../app/casework/list-cases.js';
import { CASE_KINDS, CASE_STATUSES } from '../../../domain/case-lifecycle.js';
import { INTAKE_CHANNELS } from '../../../domain/channel.js';
import { CATEGORIES, CUSTOMER_TYPES } from '../../../domain/complaint.js';
import { LANGUAGES } from '../../../domain/language.js';
import { formatLocalDate } from '../../../i18n/format-date.js';
import { LANGUAGE_NAMES } from '../../../i18n/index.js';
import { Select, TextInput } from '../../components/form-fields.js';
import type { PageContext } from '../../components/layout.js';
import { ConsoleLayout } from '../console-layout.js';

export interface QueuePageProps {
  page: PageContext;
  staff: StaffMember;
  csrf: string;
  view: QueueView;
  filters: CaseListRequest;
  list: CaseList;
  /** 'YYYY-MM-DD' where the organisation is, to mark what is overdue. */
  today: string;
  /** The query string without the cursor, to build the next page's link. */
  query: URLSearchParams;
}

/** The queue: views, search, filters, and up to 50 cases soonest due first. */
export function QueuePage(props: QueuePageProps) {
  const { page, filters, list, view } = props;
  const { t } = page;
  const any = t('console.queue.any');
  const next = new URLSearchParams(props.query);
  if (list.nextCursor) next.set('cursor', list.nextCursor);
  return (
    <ConsoleLayout page={page} title={t('console.queue.title')} staff={props.staff} csrf={props.csrf}>
      <h1>{t('console.queue.title')}</h1>
      <nav aria-label={t('console.queue.views')}>
        <ul class="views">
          {QUEUE_VIEWS.map((v) => (
            <li key={v}>
              <a href={`/console?view=${v}`} aria-current={v === view ? 'page' : undefined}>
                {t(`console.view.${v}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/console" class="queue-filters" aria-label={t('console.queue.filters')}>
        <input type="hidden" name="view" value={view} />
        <TextInput
          name="q"
          label={t('console.queue.search')}
          hint={t('console.queue.searchHint')}
          value={filters.q}
        />
        <Select
          name="status"
          label={t('console.col.status')}
          placeholder={any}
          value={filters.status}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`console.status.${s}`) }))}
        />
        <Select
          name="kind"
          label={t('console.col.kind')}
          placeholder={any}
          value={filters.kind}
          options={CASE_KINDS.map((k) => ({ value: k, label: t(`console.kind.${k}`) }))}
        />
        <Select
          name="escalationLevel"
          label={t('console.col.level')}
          placeholder={any}
          value={filters.escalationLevel ? String(filters.escalationLevel) : undefined}
          options={['1', '2', '3'].map((l) => ({ value: l, label: l }))}
        />
        <Select
          name="category"
          label={t('field.category')}
          placeholder={any}
          value={filters.category}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        />
        <Select
          name="channel"
          label={t('console.newCase.channel')}
          placeholder={any}
          value={filters.channel}
          options={INTAKE_CHANNELS.map((c) => ({ value: c, label: t(`console.channel.${c}`) }))}
        />
        <Select
          name="language"
          label={t('console.col.language')}
          placeholder={any}
          value={filters.language}
          options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        />
        <Select
          name="customerType"
          label={t('field.customerType')}
          placeholder={any}
          value={filters.customerType}
          options={CUSTOMER_TYPES.map((c) => ({ value: c, label: t(`customerType.${c}`) }))}
        />
        <div class="checkbox">
          <input type="checkbox" id="field-overdue" name="overdue" value="true" checked={!!filters.overdue} />
          <label for="field-overdue">{t('console.queue.overdue')}</label>
        </div>
        <div class="checkbox">
          <input type="checkbox" id="field-dueSoon" name="dueSoon" value="true" checked={!!filters.dueSoon} />
          <label for="field-dueSoon">{t('console.queue.dueSoon')}</label>
        </div>
        <button type="submit">{t('console.queue.apply')}</button>
      </form>
      {list.items.length === 0 ? (
        <p>{t('console.queue.empty')}</p>
      ) : (
        <table class="queue">
          <caption class="visually-hidden">{t(`console.view.${view}`)}</caption>
          <colgroup>
            <col class="tn" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('console.col.trackingNumber')}</th>
              <th scope="col">{t('console.col.customer')}</th>
              <th scope="col">{t('console.col.kind')}</th>
              <th scope="col">{t('console.col.status')}</th>
              <th scope="col">{t('console.col.level')}</th>
              <th scope="col">{t('console.col.due')}</th>
              <th scope="col">{t('console.col.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.trackingNumber}>
                <td>
                  <a href={`/console/cases/${item.trackingNumber}`}>{item.trackingNumber}</a>
                </td>
                <td>{item.customerName}</td>
                <td>{t(`console.kind.${item.kind}`)}</td>
                <td>{t(`console.status.${item.status}`)}</td>
                <td>{item.escalationLevel}</td>
                <td>
                  {item.dueOn ? formatLocalDate(item.dueOn, page.language) : ''}
                  {item.dueOn && item.dueOn < props.today ? (
                    <span class="late"> ({t('console.overdue')})</span>
                  ) : null}
                  {item.dueOn ? (
                    <span class="who">
                      {' '}
                      {item.dueOn === item.nextUpdateBy
                        ? t('console.due.update')
                        : item.escalationLevel > 1
                          ? t('console.due.escalation')
                          : t('console.due.answer')}
                    </span>
                  ) : null}
                </td>
                <td>{item.owner?.displayName ?? t('console.unassigned')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="actions-inline">
        {props.query.has('cursor') ? <a href={`/console?view=${view}`}>{t('console.queue.first')}</a> : null}
        {list.nextCursor ? <a href={`/console?${next.toString()}`}>{t('console.queue.next')}</a> : null}
      </p>
    </ConsoleLayout>
  );
}
