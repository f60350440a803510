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

  'field.optional': 'optional',
  'field.name': 'Your name',
  'field.email': 'Email address',
  'field.email.hint': 'Required, unless you prefer to hear from us by post.',
  'field.phone': 'Phone number',
  'field.postalAddress': 'Postal address',
  'field.postalAddress.hint': 'Required if you prefer to hear from us by post.',
  'field.accountNumber': 'Account number',
  'field.customerType': 'You are',
  'field.region': 'Province or territory',
  'field.service': 'Service concerned',
  'field.category': 'What it is about',
  'field.description': 'What happened?',
  'field.description.hint': 'Describe the problem in your own words, with dates where you know them.',
  'field.history': 'What has happened so far?',
  'field.history.hint': 'Earlier contacts with us and what was said or done.',
  'field.references': 'Earlier case numbers',
  'field.references.hint': 'Separate several numbers with commas.',
  'field.desiredOutcome': 'What would you like us to do?',
  'field.preferredContact': 'How should we contact you?',
  'field.kind': 'What would you like to do?',

  'kind.complaint': 'Make a complaint',
  'kind.inquiry': 'Ask a question or make a request (service change, settings, account or bill)',

  'customerType.residential': 'A residential customer',
  'customerType.small_business': 'A small business',
  'customerType.enterprise': 'A large business or organisation',

  'region.choose': 'Choose…',
  'region.AB': 'Alberta',
  'region.BC': 'British Columbia',
  'region.MB': 'Manitoba',
  'region.NB': 'New Brunswick',
  'region.NL': 'Newfoundland and Labrador',
  'region.NS': 'Nova Scotia',
  'region.NT': 'Northwest Territories',
  'region.NU': 'Nunavut',
  'region.ON': 'Ontario',
  'region.PE': 'Prince Edward Island',
  'region.QC': 'Quebec',
  'region.SK': 'Saskatchewan',
  'region.YT': 'Yukon',

  'service.voice': 'Phone (voice)',
  'service.internet': 'Internet',
  'service.tv': 'Television',
  'service.wireless': 'Mobile (wireless)',
  'service.other': 'Something else',

  'category.billing': 'A bill or a charge',
  'category.service_delivery': 'The service does not work as it should',
  'category.contract': 'My contract or its terms',
  'category.credit_management': 'Payments, collection or disconnection',
  'category.installation': 'Installation or repair',
  'category.customer_service': 'How I was treated',
  'category.privacy': 'My personal information',
  'category.pricing': 'Prices',
  'category.other': 'Something else',

  'contact.email': 'By email',
  'contact.phone': 'By phone',
  'contact.post': 'By post',

  'validation.required': 'Please fill this in.',
  'validation.email': 'Enter an email address like name@example.org.',
  'validation.tooLong': 'This is too long: at most {max} characters.',
  'validation.choice': 'Choose one of the options.',
  'validation.invalid': 'This value is not valid.',
  'validation.dateInPast': 'This date has already passed.',
  'validation.codeIncorrect': 'This code is not correct or has expired.',
  'validation.passwordTooShort': 'Use at least 12 characters.',
  'validation.dateInFuture': 'This date lies in the future.',
  'validation.attachmentType': '{file}: only PDF, PNG and JPEG files can be attached.',
  'validation.attachmentTooLarge': '{file}: a file may be at most 10 MB.',
  'validation.attachmentTooMany': 'At most 5 files can be attached.',
  'validation.attachmentEmpty': '{file}: this file is empty.',
  'field.attachments': 'Documents',
  'field.attachments.hint': 'A bill, a letter or a screenshot: up to 5 files (PDF, PNG or JPEG), 10 MB each.',
  'validation.summary': 'Please correct the following:',

  'complaintForm.title.complaint': 'Make a complaint',
  'complaintForm.title.inquiry': 'Ask a question',
  'complaintForm.intro':
    'Tell us what happened. As soon as you send this form you get a tracking number, the steps we will follow and the date by which we aim to answer.',
  'complaintForm.section.you': 'About you',
  'complaintForm.section.case': 'About your case',
  'complaintForm.submit': 'Send',

  'ack.title.complaint': 'We have received your complaint',
  'ack.title.inquiry': 'We have received your question',
  'ack.title.firstContact': 'Confirmation of what we agreed',
  'ack.trackingNumber': 'Your tracking number',
  'ack.trackingNumber.hint': 'Keep it: you need it to follow your case and whenever you contact us.',
  'ack.trackingNumber.spoken': 'Read aloud: {spoken}',
  'ack.expected.complaint': 'We aim to complete our investigation by {date}.',
  'ack.expected.inquiry': 'We aim to answer you by {date}.',
  'ack.received': 'Received on {date}.',
  'ack.receivedLetter': 'Your letter arrived on {received}; we recorded it on {recorded}.',
  'ack.procedure': 'What happens next',
  'ack.follow': 'Follow your case online at {url} with your tracking number and your email address.',
  'ack.escalate':
    'Not satisfied? You can ask for your complaint to be reviewed by a senior manager or the head of support: on the same page, by phone at {phone}, or in writing to {address}. Say clearly that you want it escalated.',
  'ack.contact': 'Our contact details',
  'ack.sentByEmail': 'We have also sent this acknowledgement to {email}.',
  'ack.sentByPost': 'We will also send this acknowledgement to you by post.',
  'ack.firstContact.summary': 'What we agreed: {summary}',
  'ack.firstContact.comeBack':
    'If the problem comes back, contact us and quote your tracking number: we will take it up again as a complaint.',
  'ack.message.complaint':
    'Your complaint {trackingNumber} has been received. We aim to complete our investigation by {date}.',
  'ack.message.inquiry': 'Your question {trackingNumber} has been received. We aim to answer you by {date}.',
  'ack.message.firstContact': 'Your complaint {trackingNumber} was resolved during your contact with us.',

  'ack.printLetter': 'Download this acknowledgement as a printable letter (PDF)',
  'letter.dateLine': '{date}',
  'letter.subject': 'Subject: {title} — {trackingNumber}',

  'procedure.investigate':
    'An advisor investigates your complaint. They may ask you questions, including some to verify your identity.',
  'procedure.keep_in_touch': 'We keep in regular contact with you while we investigate.',
  'procedure.outcome': 'We tell you the outcome as soon as the investigation is done.',
  'procedure.escalate':
    'If you are not satisfied with the outcome, you can have your complaint reviewed by a senior manager and/or the head of support.',
  'procedure.ombudsman':
    'If we still cannot agree, the {ombudsman} can help, free of charge: {website}, {phone}.',
  'procedure.answer': 'An advisor answers your question or carries out your request.',
  'procedure.convert_if_unsatisfied':
    'If the answer does not settle it, you can turn your question into a complaint at any time.',

  'email.greeting': 'Dear {name},',
  'email.signature': '{organisation} — Complaints Department',

  'nav.backHome': 'Home',
  'code.title': 'Our complaints code',
  'code.intro':
    'This is the code of conduct that {organisation} follows when you complain. Every promise in it is built into how we handle your case.',
  'code.s1.title': 'I. Making a complaint',
  'code.s1.p1':
    'Our customer support desk handles all problems and complaints, and also answers your everyday questions about service changes, settings, and your account or bills. If you have a problem, or if you have already contacted our team and feel you did not get the right level of support, you can complain: (a) through our online form; (b) by phone at {phone}; and/or (c) in writing to {address}.',
  'code.s1.p2':
    'Please state clearly what your complaint is about and its history, with earlier case numbers where you have them, so that we can look into it properly.',
  'code.s2.title': 'II. What you can expect',
  'code.s2.p1':
    'We aim to resolve every complaint to our customers’ satisfaction. Our advisors may ask you questions to verify your identity, and will try to solve the problem as fast as possible — during the call or chat where they can. Complaints are acknowledged immediately: we give you a tracking number, tell you the procedure we will follow to investigate, and the approximate time within which we aim to complete the investigation.',
  'code.s2.p2':
    'Our advisors keep in regular contact with you and tell you the outcome promptly once the investigation is done.',
  'code.s3.title': 'III. Escalating a complaint',
  'code.s3.p1':
    'If you feel your complaint is not being handled to your satisfaction, you can escalate it to a senior manager and/or the head of support, in the same ways you can make a complaint: in writing, by phone, or through your case. Say clearly that you want your complaint escalated to a senior manager and/or the head of support.',
  'code.s4.title': 'IV. Independent resolution',
  'code.s4.p1':
    'We do everything we can to resolve your complaint quickly and efficiently, but sometimes a neutral third party is needed. You can turn to the {ombudsman}, an independent body that resolves, free of charge, consumers’ complaints about their telecom and TV services and small businesses’ complaints about their telecom services. You must first try to resolve your complaint with us; if you have done so and it was not resolved to your satisfaction, the {ombudsman} may be able to help. More information: {website}, toll-free {ombudsmanPhone}.',
  'ombudsman.title': 'Independent resolution',
  'ombudsman.what':
    'The {ombudsman} is independent of {organisation}. It resolves, free of charge, consumers’ complaints about their phone, internet, wireless and TV services, and small businesses’ complaints about their telecom services.',
  'ombudsman.first':
    'First give us the chance to put things right: make a complaint, and escalate it to a senior manager or the head of support if you are not satisfied. If that does not resolve it, you can turn to the {ombudsman}.',
  'ombudsman.free': 'Its help costs you nothing.',
  'ombudsman.contact': 'Website: {website} — toll-free: {phone}',
  'ombudsman.complainFirst': 'Make a complaint to us first',

  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'There is no page at this address.',
  'error.generic.title': 'Something went wrong',
  'error.generic.body': 'We could not handle this request. Nothing was lost; please try again.',
  'error.tooMany.title': 'Too many submissions',
  'error.tooMany.body':
    'You have sent several forms in a short time. Please wait a minute and try again; nothing you sent before is lost.',
  'error.backHome': 'Back to the home page',
  'msg.caseLine': 'Case {trackingNumber}',
  'msg.level.2': 'a senior manager',
  'msg.level.3': 'the head of customer support',
  'msg.progress_update.subject': 'An update on your case {trackingNumber}',
  'msg.progress_update.nextUpdate': 'You will hear from us again by {date}.',
  'msg.information_request.subject': 'We need some information — case {trackingNumber}',
  'msg.information_request.reply':
    'Please reply to this message, or call us at {phone} quoting {trackingNumber}.',
  'msg.outcome.subject': 'The outcome of your case {trackingNumber}',
  'msg.outcome.intro': 'We have looked into your case. This is our answer:',
  'msg.remedy': 'What we will do to put it right: {remedy}',
  'msg.outcome.notSatisfied':
    'If you are not satisfied with this outcome, you can ask for your case to be escalated to {whom}: follow your case at {followUrl}, or call us at {phone}.',
  'msg.final_response.subject': 'Our final response — case {trackingNumber}',
  'msg.final_response.intro': 'This is our final response to your complaint:',
  'msg.final_response.ombudsman':
    'If you are still not satisfied, you can take your complaint to the {ombudsman}, an independent body, free of charge: {website}, toll-free {phone}.',
  'msg.escalation_received.subject': 'Your request for escalation — case {trackingNumber}',
  'msg.escalation_received.body':
    'We have received your request. Your case is now with {whom}, who has its whole history and will answer you.',
  'msg.remedy_carried_out.subject': 'Done as promised — case {trackingNumber}',
  'msg.remedy_carried_out.intro': 'We have carried out what we promised:',
  'msg.identity_code.subject': 'Your verification code',
  'msg.identity_code.body':
    'Your verification code is {code}. Read it out to the advisor you are speaking with; it is valid for 15 minutes. If you are not in contact with us right now, ignore this message.',
  'msg.password.reset.subject': 'Reset your password',
  'msg.password.reset.body':
    'Someone asked to reset the password of your account. To choose a new password, open this link within an hour: {link}. If it was not you, ignore this message.',
  'msg.password.welcome.subject': 'Your account at the complaints desk',
  'msg.password.welcome.body':
    'An account was created for you. To choose your password, open this link within 7 days: {link}.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
