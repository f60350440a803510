/**
 * C10/C11: which complaints the CCTS can take, as rules an admin edits. The first rule that
 * matches (by position) decides; NULL matches anything. Seeded with the CCTS mandate's defaults.
 */
export const sql = `
CREATE TABLE ccts_eligibility_rule (
  position smallint PRIMARY KEY CHECK (position >= 0),
  customer_type text CHECK (customer_type IN ('residential', 'small_business', 'enterprise')),
  service text CHECK (service IN ('voice', 'internet', 'tv', 'wireless', 'other')),
  category text CHECK (category IN ('billing', 'service_delivery', 'contract', 'credit_management', 'installation',
                                    'customer_service', 'privacy', 'pricing', 'other')),
  eligible boolean NOT NULL,
  reason text CHECK (reason IN ('enterprise', 'pricing', 'privacy', 'tv_small_business', 'other')),
  CHECK (eligible = (reason IS NULL))
);
INSERT INTO ccts_eligibility_rule (position, customer_type, service, category, eligible, reason) VALUES
  (0, 'enterprise', NULL, NULL, false, 'enterprise'),
  (1, NULL, NULL, 'pricing', false, 'pricing'),
  (2, NULL, NULL, 'privacy', false, 'privacy'),
  (3, 'small_business', 'tv', NULL, false, 'tv_small_business'),
  (4, NULL, NULL, NULL, true, NULL);
`;
