/**
 * C6: customers outside Canada carry a country and region (ISO codes), and their promised dates
 * follow that calendar (Australian states, UK nations). And a case can be urgent (disconnection,
 * financial hardship, safety), which the policy gives shorter times.
 */
export const sql = `
ALTER TABLE complaint_case ADD COLUMN calendar_country text NOT NULL DEFAULT 'CA'
  CHECK (calendar_country IN ('CA', 'AU', 'GB'));
ALTER TABLE complaint_case DROP CONSTRAINT complaint_case_calendar_region_check;
ALTER TABLE complaint_case ADD CONSTRAINT complaint_case_calendar_region_check CHECK (
  calendar_region IS NULL
  OR (calendar_country = 'CA' AND calendar_region IN ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'))
  OR (calendar_country = 'AU' AND calendar_region IN ('ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA'))
  OR (calendar_country = 'GB' AND calendar_region IN ('ENG', 'NIR', 'SCT', 'WLS'))
);
ALTER TABLE complaint_case ADD COLUMN urgent_reason text
  CHECK (urgent_reason IN ('disconnection', 'financial_hardship', 'safety'));
`;
