import { assertUnreachable } from '../../domain/assert-unreachable.js';
import type { Language } from '../../domain/language.js';
import type { OutboxPayload } from '../../domain/outbox-payload.js';
import {
  accessCodeWords,
  identityCodeWords,
  passwordLinkWords,
  staffCaseUpdateWords,
} from '../../notify/account-messages.js';
import { acknowledgementEmail, type RenderedEmail } from '../../notify/acknowledgement-email.js';
import { customerMessageWords } from '../../notify/customer-message-text.js';
import { plainEmail } from '../../notify/plain-email.js';
import { staffAlertWords } from '../../notify/staff-alert.js';
import type { Db } from '../../store/database.js';
import type { Acknowledgement } from '../cases/acknowledgement.js';
import type { AppContext } from '../context.js';
import { caseLink } from '../follow/case-link.js';
import { getOrganisation } from '../settings/get-organisation.js';

/** A message that can never be rendered (its case is gone, or its kind unknown): not retried. */
export class UnrenderableMessage extends Error {}

/**
 * The words of an email of each kind, in its reader's language, from the settings as they are
 * now: called once, when the message is queued (or, for a message queued without its words, when
 * it is first delivered), and never again — what was rendered is what is kept.
 */
export async function emailWords(
  ctx: AppContext,
  db: Db,
  message: { payload: OutboxPayload; language: Language; at: Date },
  acknowledgement: Acknowledgement | undefined,
): Promise<RenderedEmail> {
  const { payload, language, at } = message;
  const organisation = await getOrganisation(ctx, db);
  const { publicUrl } = ctx.mail;
  const caseLinkOf = (trackingNumber: string) => caseLink(ctx, publicUrl, trackingNumber, at);
  const consoleLink = (trackingNumber: string) =>
    `${publicUrl}/console/cases/${encodeURIComponent(trackingNumber)}`;
  switch (payload.template) {
    case 'acknowledgement':
    case 'first_contact_confirmation': {
      if (!acknowledgement) throw new UnrenderableMessage(`no case ${payload.trackingNumber}`);
      return acknowledgementEmail(acknowledgement, organisation, caseLinkOf(payload.trackingNumber));
    }
    case 'customer_message':
      return plainEmail(
        customerMessageWords(payload.message, {
          language,
          customerName: payload.customerName,
          trackingNumber: payload.trackingNumber,
          organisation,
          followUrl: caseLinkOf(payload.trackingNumber),
        }),
        language,
      );
    case 'identity_code':
      return plainEmail(
        identityCodeWords(language, payload.customerName, payload.code, organisation),
        language,
      );
    case 'staff_password_link': {
      const link = `${publicUrl}/console/password?token=${encodeURIComponent(payload.token)}`;
      return plainEmail(
        passwordLinkWords(language, payload.kind, payload.displayName, link, organisation),
        language,
      );
    }
    case 'customer_access_code':
      return plainEmail(
        accessCodeWords(
          language,
          payload.customerName,
          payload.trackingNumber,
          payload.code,
          organisation,
          caseLinkOf(payload.trackingNumber),
        ),
        language,
      );
    case 'staff_case_update':
      return plainEmail(
        staffCaseUpdateWords(
          language,
          payload.displayName,
          payload.trackingNumber,
          consoleLink(payload.trackingNumber),
          organisation,
          payload.what,
        ),
        language,
      );
    case 'staff_commitment_alert':
      return plainEmail(
        staffAlertWords(language, payload, consoleLink(payload.trackingNumber), organisation),
        language,
      );
    default:
      // A template this version does not know (written by a newer one): never retried.
      return assertUnreachable(
        payload,
        (unknown) => new UnrenderableMessage(`unknown template in ${JSON.stringify(unknown)}`),
      );
  }
}
