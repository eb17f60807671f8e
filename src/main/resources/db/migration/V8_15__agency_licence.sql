-- The agency's licence (人力资源服务许可证): the referral subsidy is for 经营性人力资源服务机构, which need one. A row
-- without a licence (every agency registered before this migration) earns nothing for a placement until an
-- administrator records the licence with PUT /api/v1/agencies/{creditCode}.
ALTER TABLE agency ADD COLUMN licence_no VARCHAR(64);
ALTER TABLE agency ADD COLUMN licence_valid_from DATE;
ALTER TABLE agency ADD COLUMN licence_valid_until DATE;
