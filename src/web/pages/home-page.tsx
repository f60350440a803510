import { Layout, type PageContext } from '../components/layout.js';

/**
 * The customer's front door (C1, C2): every way in is one click away. The pages behind these
 * links arrive with the intake, self-service and commitments issues.
 */
export function HomePage({ page }: { page: PageContext }) {
  const { t, organisation } = page;
  const choices = [
    {
      href: '/complaints/new?kind=complaint',
      label: t('home.makeComplaint'),
      hint: t('home.makeComplaint.hint'),
    },
    { href: '/complaints/new?kind=inquiry', label: t('home.askQuestion'), hint: t('home.askQuestion.hint') },
    { href: '/follow', label: t('home.followCase'), hint: t('home.followCase.hint') },
    { href: '/complaints-code', label: t('home.complaintsCode'), hint: t('home.complaintsCode.hint') },
    {
      href: '/independent-resolution',
      label: t('home.independentResolution'),
      hint: t('home.independentResolution.hint'),
    },
  ];
  return (
    <Layout page={page} title={t('home.title')}>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro', { organisation: organisation.name })}</p>
      <ul class="choices">
        {choices.map((choice) => (
          <li key={choice.href}>
            <a href={choice.href}>{choice.label}</a>
            <p>{choice.hint}</p>
          </li>
        ))}
      </ul>
      <p>
        {t('home.byPhoneOrPost', {
          phone: organisation.complaintsPhone,
          address: organisation.postalAddress,
        })}
      </p>
    </Layout>
  );
}
