import type { CaseFileExport } from '../app/casework/export-case-file.js';
import type { Language } from '../domain/language.js';
import type { OrganisationProfile } from '../domain/organisation.js';
import { isMessageKey, translator } from '../i18n/index.js';
import { newLetter } from './letter-document.js';

const TEXT_FIELDS = ['text', 'summary', 'customerWords', 'reason', 'body'] as const;

/**
 * The case file as a PDF for the ombudsman (C10): the facts, the whole timeline, every message in
 * the words the customer received, and the documents (images shown, PDFs listed with their
 * SHA-256 so the JSON bundle's copies can be matched). Headings in the exporting staff member's
 * language; what the customer wrote or received stays in theirs.
 */
export async function caseFileDocument(
  file: CaseFileExport,
  setting: { language: Language; organisation: OrganisationProfile; followUrl: string },
): Promise<Buffer> {
  const t = translator(setting.language);
  const c = file.case;
  const title = t('export.title', { trackingNumber: c.trackingNumber });
  const { doc, done } = await newLetter({
    title,
    author: setting.organisation.name,
    language: setting.language,
  });
  const eventLabel = (type: string) => {
    const key = `console.event.${type}`;
    return isMessageKey(key) ? t(key, { level: '' }) : type;
  };
  const heading = (text: string) =>
    doc.moveDown().font('Body-Bold').fontSize(13).text(text).font('Body').fontSize(10);
  const fact = (label: string, value: string | null | undefined) => {
    if (value) doc.font('Body-Bold').text(`${label}: `, { continued: true }).font('Body').text(value);
  };

  doc.font('Body-Bold').fontSize(16).text(title);
  doc.font('Body').fontSize(10).text(setting.organisation.name);
  doc.text(t('export.exported', { at: file.exportedAt, by: file.exportedBy }));

  heading(t('console.case.summary'));
  fact(t('console.col.kind'), t(`console.kind.${c.kind}`));
  fact(t('console.col.status'), t(`console.status.${c.status}`));
  fact(t('console.case.level'), String(c.escalationLevel));
  fact(t('export.channel'), t(`console.channel.${c.channel}`));
  fact(t('console.case.received'), c.receivedAt.toISOString());
  fact(t('export.acknowledged'), c.acknowledgedAt?.toISOString());
  fact(t('console.case.expected'), c.expectedResponseBy);
  fact(t('export.ombudsmanNotice'), c.ombudsmanNoticeSentAt?.toISOString());
  fact(t('export.service'), c.service ? t(`service.${c.service}`) : null);
  fact(t('export.category'), c.category ? t(`category.${c.category}`) : null);

  heading(t('console.case.customer'));
  fact(t('export.name'), c.customerName);
  fact(t('export.email'), c.customerEmail);
  fact(t('export.phone'), c.customerPhone);
  fact(t('export.address'), c.customerPostalAddress);
  fact(t('export.account'), c.customerAccountNumber);
  fact(t('export.customerType'), c.customerType ? t(`customerType.${c.customerType}`) : null);
  fact(t('export.region'), c.customerRegion);

  for (const [label, text] of [
    [t('console.case.what'), c.description],
    [t('console.case.history'), c.history],
    [t('console.case.wants'), c.desiredOutcome],
  ] as const) {
    if (text) {
      heading(label);
      doc.text(text);
    }
  }
  if (file.references.length > 0) {
    heading(t('console.case.references'));
    doc.text(file.references.join(', '));
  }

  heading(t('console.case.timeline'));
  for (const e of file.timeline) {
    const text = TEXT_FIELDS.map((f) => e.data[f]).find(
      (v): v is string => typeof v === 'string' && v !== '',
    );
    const who =
      e.actorName ?? (e.actorType === 'customer' ? t('export.actor.customer') : t('export.actor.system'));
    doc
      .font('Body-Bold')
      .text(`${e.occurredAt}  ${eventLabel(e.type)}`, { continued: true })
      .font('Body')
      .text(`  — ${who}, ${e.channel}${e.customerVisible ? '' : ` (${t('console.case.internal')})`}`);
    if (text) doc.text(text, { indent: 16 });
  }

  heading(t('export.messages'));
  // Each message as it was stored when it left or arrived: its own words, never rendered again.
  if (file.messages.length === 0) doc.text(t('console.case.none'));
  for (const m of file.messages) {
    const when = m.sentAt ?? m.receivedAt ?? m.createdAt;
    const arrow = m.direction === 'in' ? '←' : '→';
    doc
      .moveDown(0.5)
      .font('Body-Bold')
      .text(`${when} ${arrow} ${m.medium} — ${m.subject ?? ''}`)
      .font('Body');
    doc.fontSize(8).text(`${m.from ?? ''} → ${m.to} · ${m.status} · ${m.messageId}`);
    if (m.sha256) doc.text(`SHA-256 ${m.sha256}`);
    doc.fontSize(10);
    if (m.contentWithheld) doc.text(t('export.contentWithheld'));
    else if (m.text) doc.text(m.text);
  }

  heading(t('console.case.attachments'));
  if (file.documents.length === 0) doc.text(t('console.case.none'));
  for (const d of file.documents) {
    doc.moveDown(0.5).font('Body-Bold').text(d.fileName).font('Body');
    doc.text(`${d.mediaType}, ${d.sizeBytes} bytes, ${d.uploadedAt}, SHA-256 ${d.sha256}`);
    if (d.mediaType !== 'application/pdf') {
      try {
        doc.image(d.content, { fit: [480, 360] });
      } catch {
        doc.text(t('export.imageUnreadable'));
      }
    }
  }
  doc.end();
  return done;
}
