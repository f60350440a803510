/**
 * English: the reference message file. Every other language must have exactly these keys (the
 * compiler checks it through `Messages`, a test checks it again at run time). `{name}` marks a
 * value filled in by `translate`.
 */
export const en = {
  'site.skipToContent': 'Skip to main content',
  'site.languageSwitch': 'Language',
  'site.footer.contact': 'Complaints Department: {phone}',
  'site.footer.address': 'By post: {address}',
  'site.footer.ombudsman': 'Independent resolution',
  'site.footer.code': 'Our complaints code',

  'home.title': 'Complaints and questions',
  'home.intro':
    '{organisation} takes every problem, complaint and question at one desk. Tell us what happened and we will acknowledge it at once, with a tracking number and the date you can expect an answer.',
  'home.makeComplaint': 'Make a complaint',
  'home.makeComplaint.hint': 'Something went wrong and you want it put right.',
  'home.askQuestion': 'Ask a question',
  'home.askQuestion.hint': 'A service change, your settings, your account or a bill.',
  'home.followCase': 'Follow my case',
  'home.followCase.hint': 'See where your case stands, reply, or ask for escalation.',
  'home.complaintsCode': 'Our complaints code',
  'home.complaintsCode.hint': 'What we promise when you complain, step by step.',
  'home.independentResolution': 'Independent resolution',
  'home.independentResolution.hint': 'If we cannot agree, an independent body can help, free of charge.',
  'home.byPhoneOrPost': 'You can also complain by phone at {phone} or in writing to {address}.',

  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'There is no page at this address.',
  'error.generic.title': 'Something went wrong',
  'error.generic.body': 'We could not handle this request. Nothing was lost; please try again.',
  'error.backHome': 'Back to the home page',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
