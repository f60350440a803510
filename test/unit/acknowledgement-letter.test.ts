import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { Acknowledgement } from '../../src/app/cases/acknowledgement.js';
import { DEFAULT_ORGANISATION } from '../../src/domain/organisation.js';
import { acknowledgementLetter } from '../../src/notify/acknowledgement-letter.js';

/** The text of a PDF, as a reader would extract it. */
async function extractedText(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

const ack: Acknowledgement = {
  trackingNumber: 'RDX-7K4M-9QX2',
  kind: 'complaint',
  status: 'acknowledged',
  language: 'fr',
  channel: 'letter',
  customerName: 'Luc <script>Gagnon</script>',
  receivedAt: new Date('2026-11-16T14:00:00Z'),
  recordedAt: new Date('2026-11-20T15:00:00Z'),
  expectedResponseBy: '2026-11-30',
  procedure: ['investigate', 'keep_in_touch', 'outcome', 'escalate', 'ombudsman'],
  medium: 'letter',
  email: null,
  postalAddress: '12 rue Principale, Gatineau QC',
  resolvedAtFirstContact: null,
  timeZone: 'America/Toronto',
};

describe('C6 the acknowledgement letter for customers who prefer post', () => {
  it('C6 is a PDF in the customer’s language with the tracking number, both dates and the procedure', async () => {
    const pdf = await acknowledgementLetter(ack, DEFAULT_ORGANISATION, 'https://complaints.example/follow', {
      printedAt: new Date('2026-11-20T15:00:00Z'),
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await extractedText(pdf);
    expect(text).toContain('RDX-7K4M-9QX2');
    expect(text).toContain('Votre lettre est arrivée le 16 novembre 2026');
    expect(text).toContain('enregistrée le 20 novembre 2026');
    expect(text).toContain('Nous visons à terminer notre enquête d’ici le 30 novembre 2026.');
    expect(text).toContain('Objet : Nous avons bien reçu votre plainte — RDX-7K4M-9QX2');
    expect(text).toContain('12 rue Principale, Gatineau QC');
    expect(text).toContain('Luc <script>Gagnon</script>'); // drawn as text, never interpreted
    expect(text).toContain('866-671-0111');
  });
});
