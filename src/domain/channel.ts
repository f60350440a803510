/** How a case reached the provider (C2). `web` is the customer's own form. */
export const INTAKE_CHANNELS = ['web', 'phone', 'letter', 'chat', 'email', 'support_case'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

/**
 * Where a change to a case came from: an intake channel, the staff console, the API (a
 * telephony system or CRM), or the system itself (deadline sweeps, mail delivery).
 */
export const EVENT_CHANNELS = [...INTAKE_CHANNELS, 'console', 'api', 'system'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];
