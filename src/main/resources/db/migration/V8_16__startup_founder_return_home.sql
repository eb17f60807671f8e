-- 「农民工返乡创业」: whether the founder is a migrant worker who returned home, as the application states it (NULL:
-- the application does not say, as every application filed before this migration), and how (where they worked, when
-- they came back). The county reads it and may refuse the recommendation on it.
ALTER TABLE startup_application ADD COLUMN founder_returned_home BOOLEAN;
ALTER TABLE startup_application ADD COLUMN founder_return_note VARCHAR(500);
