import { Layout, type PageContext } from '../components/layout.js';

export type ErrorPageKind = 'notFound' | 'generic' | 'tooMany' | 'unavailable';

export function ErrorPage({ page, kind }: { page: PageContext; kind: ErrorPageKind }) {
  const { t } = page;
  const title = t(`error.${kind}.title`);
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>{t(`error.${kind}.body`)}</p>
      <p>
        <a href="/">{t('error.backHome')}</a>
      </p>
    </Layout>
  );
}
