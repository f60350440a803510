import type { Acknowledgement } from '../app/cases/acknowledgement.js';
import type { AppContext } from '../app/context.js';
import { getOrganisation } from '../app/settings/get-organisation.js';
import { acknowledgementText } from '../notify/acknowledgement-text.js';

/** The API's answer to a filing or a conversion: the acknowledgement as the customer reads it (C6). */
export async function acknowledgementBody(ctx: AppContext, publicUrl: string, ack: Acknowledgement) {
  const text = acknowledgementText(ack, await getOrganisation(ctx), `${publicUrl}/follow`);
  return {
    trackingNumber: ack.trackingNumber,
    status: ack.status,
    acknowledgement: {
      receivedAt: ack.receivedAt.toISOString(),
      recordedAt: ack.recordedAt.toISOString(),
      procedure: text.procedure,
      expectedResponseBy: ack.expectedResponseBy,
      medium: ack.medium,
      message: text.message,
    },
  };
}
