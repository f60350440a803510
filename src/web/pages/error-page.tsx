import { Layout, type PageContext } from '../components/layout.js';

export function ErrorPage({ page, kind }: { page: PageContext; kind: 'notFound' | 'generic' }) {
  const { t } = page;
  const title = kind === 'notFound' ? t('error.notFound.title') : t('error.generic.title');
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>{kind === 'notFound' ? t('error.notFound.body') : t('error.generic.body')}</p>
      <p>
        <a href="/">{t('error.backHome')}</a>
      </p>
    </Layout>
  );
}
