import { Layout, type PageContext } from '../components/layout.js';

const SECTIONS = [
  { title: 'code.s1.title', paragraphs: ['code.s1.p1', 'code.s1.p2'] },
  { title: 'code.s2.title', paragraphs: ['code.s2.p1', 'code.s2.p2'] },
  { title: 'code.s3.title', paragraphs: ['code.s3.p1'] },
  { title: 'code.s4.title', paragraphs: ['code.s4.p1'] },
] as const;

/**
 * The organisation's complaints code itself, published in every language (C11, C12): the text
 * of the code of conduct, with the organisation's own name, contact details and ombudsman filled
 * in from its settings.
 */
export function ComplaintsCodePage({ page }: { page: PageContext }) {
  const { t, organisation } = page;
  const values = {
    organisation: organisation.name,
    phone: organisation.complaintsPhone,
    address: organisation.postalAddress,
    ombudsman: organisation.ombudsman.name,
    website: organisation.ombudsman.website,
    ombudsmanPhone: organisation.ombudsman.phone,
  };
  return (
    <Layout page={page} title={t('code.title')}>
      <h1>{t('code.title')}</h1>
      <p>{t('code.intro', values)}</p>
      {SECTIONS.map((section) => (
        <section key={section.title}>
          <h2>{t(section.title)}</h2>
          {section.paragraphs.map((key) => (
            <p key={key}>{t(key, values)}</p>
          ))}
        </section>
      ))}
      <p>
        <a href="/complaints/new?kind=complaint">{t('home.makeComplaint')}</a>
      </p>
    </Layout>
  );
}
