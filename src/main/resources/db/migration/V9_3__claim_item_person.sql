-- The person a claim line is about, so that a person's e-file finds their lines by index at any number of claims:
-- the ID number of a hire or placement, the holder of an evaluated certificate or of a redeemed voucher. Written by
-- Claims for every new line; existing lines are filled here from what their subject names. An award line names nobody.
ALTER TABLE subsidy_claim_item ADD COLUMN id_number VARCHAR(18);

UPDATE subsidy_claim_item SET id_number = subject
WHERE CHAR_LENGTH(subject) <= 18
  AND claim_id IN (SELECT id FROM subsidy_claim WHERE scheme IN ('HIRING', 'REFERRAL'));

UPDATE subsidy_claim_item
SET id_number = (SELECT c.id_number FROM certificate c WHERE c.certificate_no = subsidy_claim_item.subject)
WHERE claim_id IN (SELECT id FROM subsidy_claim WHERE scheme = 'EVALUATION');

UPDATE subsidy_claim_item
SET id_number = (SELECT v.id_number FROM training_voucher v WHERE v.code = subsidy_claim_item.subject)
WHERE claim_id IN (SELECT id FROM subsidy_claim
                   WHERE scheme NOT IN ('HIRING', 'REFERRAL', 'EVALUATION', 'STARTUP_PARK', 'STARTUP_PROJECT'));

CREATE INDEX idx_claim_item_person ON subsidy_claim_item (id_number);
