import type { Language } from './language.js';
import type { StaffRole } from './staff-role.js';

/** A staff member's account as stored: who they are, their role and team, whether they may sign in. */
export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  /** Argon2id; never leaves the application. */
  passwordHash: string;
  role: StaffRole;
  active: boolean;
  createdAt: Date;
  teamId: string | null;
  /** The console's language for this person. */
  language: Language;
}

export type NewStaffUser = Omit<StaffUser, 'id' | 'active'>;

/** A signed-in browser or client: the token's hash, never the token. */
export interface StaffSessionRecord {
  tokenHash: string;
  staffUserId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}
