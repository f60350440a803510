import { Layout, type PageContext } from '../components/layout.js';

/**
 * Who can help when we cannot agree (C10): the ombudsman from the settings (the CCTS by default),
 * that it is free, that the customer must first give the provider a chance, and how to reach it.
 */
export function IndependentResolutionPage({ page }: { page: PageContext }) {
  const { t, organisation } = page;
  const { ombudsman } = organisation;
  const values = { ombudsman: ombudsman.name, organisation: organisation.name };
  return (
    <Layout page={page} title={t('ombudsman.title')}>
      <h1>{t('ombudsman.title')}</h1>
      <p>{t('ombudsman.what', values)}</p>
      <p>
        <strong>{t('ombudsman.free')}</strong>
      </p>
      <p>{t('ombudsman.first', values)}</p>
      <p>{t('ombudsman.contact', { website: ombudsman.website, phone: ombudsman.phone })}</p>
      <p>
        <a href={ombudsman.website}>{ombudsman.name}</a>
      </p>
      <p>
        <a href="/complaints/new?kind=complaint">{t('ombudsman.complainFirst')}</a>
      </p>
    </Layout>
  );
}
