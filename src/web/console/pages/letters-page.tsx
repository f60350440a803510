import type { StaffMember } from '../../../app/auth/staff-member.js';
import type { StoredMessage } from '../../../domain/stored-message.js';
import { TextInput } from '../../components/form-fields.js';
import type { PageContext } from '../../components/layout.js';
import { ConsoleLayout, CsrfField, FormOutcome } from '../console-layout.js';
import { consoleDateTime } from './formats.js';

export interface LettersPageProps {
  page: PageContext;
  staff: StaffMember;
  csrf: string;
  letters: (StoredMessage & { trackingNumber: string | null })[];
  /** 'YYYY-MM-DD' where the organisation is: the default posting day. */
  today: string;
  timeZone: string;
  form?: { letterId: string; values: Record<string, string>; errors: Record<string, string> };
  saved?: boolean;
}

/**
 * Letters to print (issue 16): each letter to a customer who prefers post, as the PDF rendered
 * when it was written; staff open it, print it, and say the day it went in the post.
 */
export function LettersPage(props: LettersPageProps) {
  const { page, csrf } = props;
  const { t } = page;
  const when = consoleDateTime(page, props.timeZone);
  return (
    <ConsoleLayout page={page} title={t('console.letters.title')} staff={props.staff} csrf={csrf}>
      <h1>{t('console.letters.title')}</h1>
      <FormOutcome page={page} saved={props.saved} errors={props.form?.errors} />
      {props.letters.length === 0 ? <p>{t('console.letters.none')}</p> : null}
      <ol class="mail-to-sort">
        {props.letters.map((letter) => {
          const refused = props.form?.letterId === letter.id ? props.form : undefined;
          return (
            <li key={letter.id}>
              <h2>{letter.subject ?? t('console.message.noSubject')}</h2>
              <p class="meta">
                {letter.to} — {when.format(letter.createdAt)}
                {letter.trackingNumber ? (
                  <>
                    {' — '}
                    <a href={`/console/cases/${encodeURIComponent(letter.trackingNumber)}`}>
                      {letter.trackingNumber}
                    </a>
                  </>
                ) : null}
                {' — '}
                {t(
                  letter.status === 'printed'
                    ? 'console.message.status.printed'
                    : 'console.message.status.to_print',
                )}
              </p>
              <p>
                <a href={`/api/v1/letters/${letter.id}`} target="_blank" rel="noopener noreferrer">
                  {t('console.letters.open')}
                </a>
              </p>
              {letter.status === 'to_print' ? (
                <form method="post" action={`/console/letters/${letter.id}/printed`}>
                  <CsrfField csrf={csrf} />
                  <button type="submit">{t('console.letters.printed')}</button>
                </form>
              ) : null}
              <form method="post" action={`/console/letters/${letter.id}/posted`} class="form-section">
                <CsrfField csrf={csrf} />
                <TextInput
                  id={`postedOn-${letter.id}`}
                  name="postedOn"
                  type="date"
                  label={t('console.letters.postedOn')}
                  value={refused?.values.postedOn ?? props.today}
                  error={refused?.errors.postedOn}
                  required
                />
                <button type="submit">{t('console.letters.posted')}</button>
              </form>
            </li>
          );
        })}
      </ol>
    </ConsoleLayout>
  );
}
