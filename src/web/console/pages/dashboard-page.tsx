import type { StaffMember } from '../../../app/auth/staff-member.js';
import type { Dashboard } from '../../../app/dashboard/dashboard.js';
import { formatLocalDate } from '../../../i18n/format-date.js';
import { isMessageKey } from '../../../i18n/index.js';
import type { PageContext } from '../../components/layout.js';
import { ConsoleLayout } from '../console-layout.js';

export interface DashboardPageProps {
  page: PageContext;
  staff: StaffMember;
  csrf: string;
  dashboard: Dashboard;
}

const SERIES = [
  { key: 'opened', colour: '#0b4f8a' },
  { key: 'resolved', colour: '#2e7d32' },
  { key: 'breached', colour: '#b00020' },
] as const;

/** For managers: the desk now, and twelve weeks as a chart with its figures in a table beside it. */
export function DashboardPage(props: DashboardPageProps) {
  const { page, dashboard: d } = props;
  const { t } = page;
  const date = (value: string) => formatLocalDate(value, page.language);
  const label = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  const rate = d.firstContactResolution.rate;
  return (
    <ConsoleLayout page={page} title={t('console.dashboard.title')} staff={props.staff} csrf={props.csrf}>
      <h1>{t('console.dashboard.title')}</h1>
      <section aria-labelledby="now-title">
        <h2 id="now-title">{t('console.dashboard.now')}</h2>
        <dl class="facts" data-testid="dashboard-now">
          <dt>{t('console.dashboard.dueToday')}</dt>
          <dd>{d.dueToday}</dd>
          <dt>{t('console.dashboard.overdue')}</dt>
          <dd>{d.overdue}</dd>
          <dt>{t('console.dashboard.withBreach')}</dt>
          <dd>{d.withBreach}</dd>
          <dt>{t('console.dashboard.undeliveredMessages')}</dt>
          <dd>{d.undeliveredMessages}</dd>
          <dt>{t('console.dashboard.escalations')}</dt>
          <dd>
            {t('console.dashboard.levels', {
              level2: String(d.escalationsWaiting.level2),
              level3: String(d.escalationsWaiting.level3),
            })}
          </dd>
          <dt>{t('console.dashboard.fcr')}</dt>
          <dd>
            {rate === null
              ? '—'
              : `${Math.round(rate * 100)} % (${d.firstContactResolution.firstContact} / ${d.firstContactResolution.total})`}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="open-title">
        <h2 id="open-title">{t('console.dashboard.open')}</h2>
        <table class="queue">
          <thead>
            <tr>
              <th scope="col">{t('console.col.status')}</th>
              <th scope="col">{t('console.col.level')}</th>
              <th scope="col">{t('console.dashboard.count')}</th>
            </tr>
          </thead>
          <tbody>
            {d.open.map((o) => (
              <tr key={`${o.status}-${o.level}`}>
                <td>{label(`console.status.${o.status}`, o.status)}</td>
                <td>{o.level}</td>
                <td>{o.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="weeks-title">
        <h2 id="weeks-title">{t('console.dashboard.weeks')}</h2>
        <WeeksChart dashboard={d} page={page} />
        <table class="queue" data-testid="dashboard-weeks">
          <caption class="visually-hidden">{t('console.dashboard.weeks')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.dashboard.week')}</th>
              {SERIES.map((s) => (
                <th scope="col" key={s.key}>
                  {t(`console.dashboard.series.${s.key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.weeks.map((w) => (
              <tr key={w.weekStarting}>
                <td>{date(w.weekStarting)}</td>
                <td>{w.opened}</td>
                <td>{w.resolved}</td>
                <td>{w.breached}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="ombudsman-title">
        <h2 id="ombudsman-title">{t('console.dashboard.ombudsman')}</h2>
        {d.ombudsmanCases.length === 0 ? (
          <p>{t('console.case.none')}</p>
        ) : (
          <table class="queue">
            <thead>
              <tr>
                <th scope="col">{t('console.dashboard.reference')}</th>
                <th scope="col">{t('console.col.trackingNumber')}</th>
                <th scope="col">{t('console.dashboard.stage')}</th>
                <th scope="col">{t('console.dashboard.objectionDue')}</th>
                <th scope="col">{t('console.dashboard.reportDue')}</th>
                <th scope="col">{t('console.dashboard.onHold')}</th>
              </tr>
            </thead>
            <tbody>
              {d.ombudsmanCases.map((o) => (
                <tr key={o.reference}>
                  <td>{o.reference}</td>
                  <td>
                    <a href={`/console/cases/${o.trackingNumber}`}>{o.trackingNumber}</a>
                  </td>
                  <td>{label(`console.ombudsmanStage.${o.stage}`, o.stage)}</td>
                  <td>{o.objectionAnsweredAt ? t('console.dashboard.done') : date(o.objectionDueOn)}</td>
                  <td>{o.reportedAt ? t('console.dashboard.done') : date(o.reportDueOn)}</td>
                  <td>{o.chargesOnHold ? t('console.dashboard.yes') : t('console.dashboard.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="ack-title">
        <h2 id="ack-title">{t('console.dashboard.acknowledgement')}</h2>
        <table class="queue">
          <thead>
            <tr>
              <th scope="col">{t('export.channel')}</th>
              <th scope="col">{t('console.dashboard.count')}</th>
              <th scope="col">{t('console.dashboard.medianHours')}</th>
              <th scope="col">{t('console.dashboard.p90Hours')}</th>
            </tr>
          </thead>
          <tbody>
            {d.acknowledgement.map((a) => (
              <tr key={a.channel}>
                <td>{label(`console.channel.${a.channel}`, a.channel)}</td>
                <td>{a.count}</td>
                <td>{a.medianHours.toFixed(1)}</td>
                <td>{a.p90Hours.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </ConsoleLayout>
  );
}

/** Grouped bars per week; the table after it carries the same figures for screen readers. */
function WeeksChart({ dashboard, page }: { dashboard: Dashboard; page: PageContext }) {
  const { t } = page;
  const width = 720;
  const height = 200;
  const top = Math.max(1, ...dashboard.weeks.flatMap((w) => [w.opened, w.resolved, w.breached]));
  const slot = width / dashboard.weeks.length;
  const bar = (slot - 8) / SERIES.length;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height + 20}`}
        width="100%"
        role="img"
        aria-label={t('console.dashboard.chartLabel')}
        data-testid="dashboard-chart"
      >
        {dashboard.weeks.map((w, i) =>
          SERIES.map((s, j) => {
            const value = w[s.key];
            const h = (value / top) * height;
            return (
              <rect
                key={`${w.weekStarting}-${s.key}`}
                x={i * slot + 4 + j * bar}
                y={height - h}
                width={bar - 1}
                height={h}
                fill={s.colour}
              />
            );
          }),
        )}
        <line x1="0" y1={height} x2={width} y2={height} stroke="#5a5a5a" />
      </svg>
      <figcaption>
        {SERIES.map((s) => (
          <span key={s.key} class="legend">
            <span class="swatch" style={`background:${s.colour}`} aria-hidden="true" />{' '}
            {t(`console.dashboard.series.${s.key}`)}{' '}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
