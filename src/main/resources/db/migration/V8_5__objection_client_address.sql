-- Where an objection came from (the client address, as the load balancer forwards it), so that the objections of one
-- client can be counted over all claims (ObjectionLimits); and the claim's objections counted by time.
ALTER TABLE public_objection ADD COLUMN client_address VARCHAR(64);
CREATE INDEX idx_objection_client ON public_objection (client_address, filed_at);
CREATE INDEX idx_objection_claim_time ON public_objection (claim_id, filed_at);
