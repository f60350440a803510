/** Who caused a change: every event names one (audit trail). */
export type Actor =
  | { readonly type: 'customer' }
  | { readonly type: 'staff'; readonly staffId: string }
  | { readonly type: 'system' };

export const SYSTEM: Actor = { type: 'system' };
export const CUSTOMER: Actor = { type: 'customer' };
