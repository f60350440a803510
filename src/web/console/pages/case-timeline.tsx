import type { TimelineEntry, TimelineMessage } from '../../../app/casework/case-file.js';
import type { CustomerMessage } from '../../../domain/customer-message.js';
import { isMessageKey, type MessageKey } from '../../../i18n/index.js';
import type { PageContext } from '../../components/layout.js';
import { consoleDateTime } from './formats.js';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** What an event says, in words a colleague reads at a glance. */
function eventDetails(entry: TimelineEntry, page: PageContext): string[] {
  const { t } = page;
  const d = entry.data;
  const lines: (string | undefined)[] = [];
  switch (entry.type) {
    case 'contact_logged': {
      const how = isMessageKey(`console.channel.${String(d.contactChannel)}`)
        ? t(`console.channel.${String(d.contactChannel)}` as MessageKey)
        : String(d.contactChannel);
      const direction =
        d.direction === 'inbound' ? t('console.contact.inbound') : t('console.contact.outbound');
      lines.push(`${how} — ${direction}`, text(d.summary));
      if (text(d.nextUpdateBy)) lines.push(`${t('console.case.nextUpdate')}: ${String(d.nextUpdateBy)}`);
      break;
    }
    case 'message_sent': {
      const message = d.message as CustomerMessage | undefined;
      const template = message ? `console.message.template.${message.template}` : '';
      if (message && isMessageKey(template)) lines.push(t(template));
      if (message && 'text' in message) lines.push(message.text);
      lines.push(
        d.medium === 'letter' ? t('console.message.medium.letter') : t('console.message.medium.email'),
      );
      break;
    }
    case 'identity_checked': {
      const method = `console.identity.method.${String(d.method)}`;
      lines.push(
        `${isMessageKey(method) ? t(method) : String(d.method)}: ${d.result === 'passed' ? t('console.identity.passed') : t('console.identity.failed')}`,
      );
      break;
    }
    case 'personal_data_viewed':
    case 'contact_details_changed':
      break;
    default:
      lines.push(text(d.text), text(d.summary), text(d.customerWords), text(d.reason));
      if (text(d.remedy)) lines.push(`${t('console.outcome.remedy')}: ${String(d.remedy)}`);
  }
  return lines.filter((line): line is string => !!line);
}

/**
 * A message as it was stored, collapsed: its text part exactly as sent or received (Preact
 * escapes it; the HTML part is never shown, so nothing a sender wrote can run here).
 */
function StoredMessageDetails({ page, message }: { page: PageContext; message: TimelineMessage }) {
  const { t } = page;
  const status = `console.message.status.${message.status}`;
  return (
    <details class="stored-message">
      <summary>
        {message.subject ?? t('console.message.noSubject')} —{' '}
        {isMessageKey(status) ? t(status) : message.status}
      </summary>
      <p class="meta">
        {message.from ?? ''} → {message.to}
      </p>
      {message.text === null ? (
        <p>{t('export.contentWithheld')}</p>
      ) : (
        <pre class="message-text">{message.text}</pre>
      )}
      {message.sha256 ? <p class="meta">SHA-256 {message.sha256}</p> : null}
    </details>
  );
}

/** The whole history of a case, oldest first; customer-visible entries are marked. */
export function CaseTimeline({
  page,
  entries,
  timeZone,
}: {
  page: PageContext;
  entries: readonly TimelineEntry[];
  timeZone: string;
}) {
  const { t } = page;
  const when = consoleDateTime(page, timeZone);
  return (
    <ol class="timeline">
      {entries.map((entry) => {
        const key = `console.event.${entry.type}`;
        const label = isMessageKey(key)
          ? t(key, { level: String(entry.data.toLevel ?? '') })
          : `${t('console.event.other')}: ${entry.type}`;
        const who =
          entry.actor.type === 'staff'
            ? (entry.actorName ?? '')
            : entry.actor.type === 'customer'
              ? t('console.actor.customer')
              : t('console.actor.system');
        return (
          <li key={entry.id} class={entry.customerVisible ? 'visible' : 'internal'}>
            <strong>{label}</strong>
            <span class="badge">
              {entry.customerVisible ? t('console.case.customerSees') : t('console.case.internal')}
            </span>
            <div class="meta">
              {when.format(new Date(entry.occurredAt))} — {t('console.by', { name: who })}
            </div>
            {eventDetails(entry, page).map((line, index) => (
              <p class="quote" key={`${entry.id}-${index}`}>
                {line}
              </p>
            ))}
            {entry.message ? <StoredMessageDetails page={page} message={entry.message} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
