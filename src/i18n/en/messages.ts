/** English, the emails and letters to customers and staff. */
export const enMessages = {
  'letter.dateLine': '{date}',
  'letter.subject': 'Subject: {title} — {trackingNumber}',
  'email.greeting': 'Dear {name},',
  'email.signature': '{organisation} — Complaints Department',
  'msg.caseLine': 'Case {trackingNumber}. This link opens it for 30 days, without a code: {followUrl}',
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
  'msg.escalation_received.answerBy': 'You will have an answer by {date}.',
  'msg.remedy_carried_out.subject': 'Done as promised — case {trackingNumber}',
  'msg.remedy_carried_out.intro': 'We have carried out what we promised:',
  'msg.identity_code.subject': 'Your verification code',
  'msg.identity_code.body':
    'Your verification code is {code}. Read it out to the advisor you are speaking with; it is valid for 15 minutes. If you are not in contact with us right now, ignore this message.',
  'msg.access_code.subject': 'Your code to follow your case',
  'msg.access_code.body':
    'Your code to open case {trackingNumber} is {code}. It is valid for 15 minutes and works once. If you did not ask for it, ignore this message.',
  'msg.staff_update.subject': 'Case {trackingNumber}: news from the customer',
  'msg.staff_update.email_received': 'The customer emailed about case {trackingNumber}. Read it: {link}',
  'msg.staff_update.message_bounced':
    'An email to the customer on case {trackingNumber} bounced: they did not get it. Reach them another way: {link}',
  'msg.staff_update.message_failed':
    'An email to the customer on case {trackingNumber} could not be delivered. Reach them another way or send it again: {link}',
  'msg.staff_update.letter_not_posted':
    'A letter to the customer on case {trackingNumber} has waited more than a business day to be posted. Print and post it: {link}',
  'msg.staff_update.body': 'The customer wrote or acted on case {trackingNumber}. Open it: {link}',
  'msg.password.reset.subject': 'Reset your password',
  'msg.password.reset.body':
    'Someone asked to reset the password of your account. To choose a new password, open this link within an hour: {link}. If it was not you, ignore this message.',
  'msg.password.welcome.subject': 'Your account at the complaints desk',
  'msg.password.welcome.body':
    'An account was created for you. To choose your password, open this link within 7 days: {link}.',
  'msg.automatic_progress.body':
    'We are still working on your case. A manager has been told that we owed you news, and the person handling your case will be in touch.',
  'msg.delay.subject': 'Your case {trackingNumber} will take longer than we said',
  'msg.delay.body':
    'We told you we would answer by {date}. We cannot keep that date, and we are sorry. The reason:',
  'msg.delay.newDate': 'You will have our answer by {date}.',
  'msg.delay.escalate':
    'If this is not acceptable, you can ask for your complaint to be reviewed by a senior manager: follow your case at {followUrl}, or call us at {phone}.',
  'msg.automatic_delay.body':
    "We promised you an answer by {date}, and we have not given it yet. We are sorry. Your case has been brought to a manager's attention, and we will write to you as soon as we can.",
  'msg.staff_alert.subject.reminder': 'Case {trackingNumber}: due {date}',
  'msg.staff_alert.subject.delay_task':
    'Case {trackingNumber}: send the outcome or a delay notice before {date}',
  'msg.staff_alert.subject.breach': 'Case {trackingNumber}: a promise to the customer was missed ({date})',
  'msg.staff_alert.body.reminder':
    'Case {trackingNumber} owes the customer {what} by {date}. Open it: {link}',
  'msg.staff_alert.body.delay_task':
    'The expected date of case {trackingNumber} is {date}. If the outcome cannot be sent by then, send the customer a delay notice with the reason and a new date today: {link}',
  'msg.staff_alert.body.breach':
    'Case {trackingNumber} owed the customer {what} by {date}, and it was not done. Open it: {link}',
  'msg.staff_alert.what.response': 'an answer',
  'msg.staff_alert.what.next_update': 'an update',
  'msg.staff_alert.what.ombudsman_objection': 'the ombudsman its answer on whether we object',
  'msg.staff_alert.what.ombudsman_report': 'the ombudsman its report',
  'msg.ombudsman_notice.subject':
    'Your complaint {trackingNumber}: you can take it to an independent ombudsman',
  'msg.ombudsman_notice.deadlock':
    'We have not been able to resolve your complaint with you, and we do not believe further discussion would change that.',
  'msg.ombudsman_notice.weeks_after_receipt':
    'We have not resolved your complaint within eight weeks of receiving it.',
  'msg.resolution_summary.subject': 'Your complaint {trackingNumber} is resolved: a summary',
  'msg.resolution_summary.body':
    'You accepted our answer on {date}, and your complaint is resolved. This message is your written record of it.',
  'msg.resolution_summary.comesBack':
    'If the problem comes back or what we agreed is not done, call us at {phone} or follow your case at {followUrl}.',
} as const;
