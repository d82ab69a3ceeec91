-- The audit log filtered by person (issue 11), newest first, without a scan.
CREATE INDEX "Revision_actorId_id_idx" ON "Revision"("actorId", "id");
