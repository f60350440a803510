/**
 * Who the customer is dealing with (C11). The defaults are those of the code of conduct this
 * product started from; the intake issue moves them into settings an admin edits.
 */
export interface OrganisationProfile {
  name: string;
  complaintsPhone: string;
  postalAddress: string;
}

export const DEFAULT_ORGANISATION: OrganisationProfile = {
  name: 'Jive Canada',
  complaintsPhone: '866-671-0111',
  postalAddress: 'Complaints Department, GoTo, 333 Summer Street, 5th Floor, Boston, MA 02210',
};
