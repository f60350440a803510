import type { StaffRole } from '../../domain/staff-role.js';

/** A signed-in staff member, as use cases see them. */
export interface StaffMember {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
}
