import { randomUUID } from 'node:crypto';

/**
 * What filings look like in use, for the benchmark: most carry history and earlier cases (C3),
 * careful clients send an Idempotency-Key, some attach a scan. Each request is built afresh.
 */
export type FilingKind = 'bare' | 'history' | 'idempotent' | 'document';

/** The realistic mix: 60 % history and 1–3 references, 30 % an Idempotency-Key, 10 % a PDF. */
export function mixedKind(n: number): FilingKind {
  const slot = n % 10;
  return slot < 6 ? 'history' : slot < 9 ? 'idempotent' : 'document';
}

const HISTORY =
  'I called on 3 November and was told the second charge would be reversed within a week. ' +
  'On 12 November the chat advisor said the same. Nothing has changed on my statement, and the ' +
  'December invoice shows the same double charge again.';

/** A one-page PDF of a few kilobytes, as a scanned letter would be (smaller). */
export const SMALL_PDF = Buffer.from(
  `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
    `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n` +
    `4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 712 Td (Invoice 2026-11) Tj ET\nendstream endobj\n` +
    `${'% scanned page padding\n'.repeat(120)}trailer<</Root 1 0 R>>\n%%EOF\n`,
);

function filing(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    language: 'en',
    customer: {
      name: `Customer ${n}`,
      email: `customer${n}@example.org`,
      type: 'residential',
      province: 'ON',
      accountNumber: `AC-${100000 + n}`,
    },
    service: 'internet',
    category: 'billing',
    description: `Charged twice for the same month (filing ${n}).`,
    desiredOutcome: 'Refund the second charge.',
    ...extra,
  };
}

export interface FilingRequest {
  headers: Record<string, string>;
  body: string | Buffer;
}

/** One filing of the given kind; `earlier` are tracking numbers of cases already on file. */
export function filingRequest(kind: FilingKind, n: number, earlier: readonly string[]): FilingRequest {
  const json = { 'content-type': 'application/json' };
  switch (kind) {
    case 'bare':
      return {
        headers: json,
        body: JSON.stringify({
          language: 'en',
          customer: {
            name: 'Bench Customer',
            email: 'bench@example.org',
            type: 'residential',
            province: 'ON',
          },
          service: 'internet',
          category: 'billing',
          description: 'Charged twice for the same month.',
        }),
      };
    case 'history': {
      const count = 1 + (n % 3);
      const references = Array.from(
        { length: count },
        (_, i) => earlier[(n + i * 7) % earlier.length] ?? 'RDX-0000',
      );
      return { headers: json, body: JSON.stringify(filing(n, { history: HISTORY, references })) };
    }
    case 'idempotent':
      return { headers: { ...json, 'idempotency-key': randomUUID() }, body: JSON.stringify(filing(n)) };
    case 'document': {
      const boundary = `----redress-bench-${n}`;
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="data"\r\nContent-Type: application/json\r\n\r\n` +
            `${JSON.stringify(filing(n, { history: HISTORY }))}\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="invoice.pdf"\r\n` +
            'Content-Type: application/pdf\r\n\r\n',
        ),
        SMALL_PDF,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body };
    }
  }
}
