/** Staff roles (C9): who may answer at which escalation level. An admin holds every permission. */
export const STAFF_ROLES = ['advisor', 'senior_manager', 'head_of_support', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
