import { createHash, randomBytes } from 'node:crypto';

/** A fresh random token for a cookie or a CSRF header (256 bits). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored by hash, so a leaked database copy opens no session. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
