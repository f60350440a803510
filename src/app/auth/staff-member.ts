import type { Language } from '../../domain/language.js';
import type { StaffRole } from '../../domain/staff-role.js';
import type { StaffUser } from '../../domain/staff-user.js';

/** A signed-in staff member, as use cases see them. */
export interface StaffMember {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  teamId: string | null;
  /** The console's language for this person. */
  language: Language;
}

export function staffMemberOf(user: StaffUser): StaffMember {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    teamId: user.teamId,
    language: user.language,
  };
}
