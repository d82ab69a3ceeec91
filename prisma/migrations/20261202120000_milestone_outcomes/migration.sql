-- Issue 10, milestones with evidence: a milestone is met or missed as a
-- statement reports it, on a date of its own precision ("October 2023").
ALTER TABLE "Milestone" ADD COLUMN "evidenceId" TEXT,
ADD COLUMN "missedOn" DATE,
ADD COLUMN "outcomePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY';

ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE INDEX "Milestone_evidenceId_idx" ON "Milestone"("evidenceId");

-- Met or missed, not both.
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_one_outcome"
  CHECK ("metOn" IS NULL OR "missedOn" IS NULL);

-- An outcome rests on evidence. NOT VALID: milestones marked met before this
-- rule keep their date until an analyst edits them; every new or edited row
-- must meet it.
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_outcome_has_evidence"
  CHECK (("metOn" IS NULL AND "missedOn" IS NULL) OR "evidenceId" IS NOT NULL) NOT VALID;
