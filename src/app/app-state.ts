import { type HolidayBook, newHolidayBook } from '../domain/business-calendar.js';
import type { OrganisationProfile } from '../domain/organisation.js';
import type { PolicyVersion } from '../domain/policy.js';
import type { Outcome } from './errors.js';

/** A value read from the database and kept for a while; after that, or once forgotten, read again. */
export class ExpiringValue<T> {
  private entry: { value: T; expiresAt: number } | undefined;

  get(now: number): T | undefined {
    return this.entry && this.entry.expiresAt > now ? this.entry.value : undefined;
  }

  set(value: T, now: number, ttlMs: number): void {
    this.entry = { value, expiresAt: now + ttlMs };
  }

  forget(): void {
    this.entry = undefined;
  }
}

/**
 * What the application keeps in memory between requests: the settings and policy every filing and
 * page reads. Each context has its own, so two services (or a test's) never see each other's.
 */
export interface AppCaches {
  readonly organisation: ExpiringValue<OrganisationProfile>;
  readonly policyInForce: ExpiringValue<PolicyVersion>;
  /** Policy versions never change, so each one read is kept (there are a handful). */
  readonly policyVersions: Map<string, PolicyVersion>;
  /** Public holidays, worked out once per region and year. */
  readonly holidays: HolidayBook;
}

export function appCaches(): AppCaches {
  return {
    organisation: new ExpiringValue(),
    policyInForce: new ExpiringValue(),
    policyVersions: new Map(),
    holidays: newHolidayBook(),
  };
}

/**
 * How a use case tells the outbox that it queued messages, once its transaction has committed, so
 * that they leave now rather than at the worker's next poll. The worker listens (`onWake`); with
 * no worker (a command-line run) nobody does, and the messages wait for the next service.
 */
export interface OutboxSignal {
  wake(): void;
  onWake(listener: () => void): void;
}

export function outboxSignal(): OutboxSignal {
  const listeners: (() => void)[] = [];
  return {
    wake: () => {
      for (const listener of listeners) listener();
    },
    onWake: (listener) => {
      listeners.push(listener);
    },
  };
}

/** The end of a use case that queues messages: a success wakes the outbox (its transaction is over). */
export async function wakingOutbox<T>(
  ctx: { readonly outbox: OutboxSignal },
  outcome: Outcome<T> | Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  const result = await outcome;
  if (result.ok) ctx.outbox.wake();
  return result;
}
