-- Issue 10, provenance on quotes: a stored copy says whether it is the
-- outlet's own text or another outlet's republished or translated; a
-- statement says whose words it relays, and which statement of another copy
-- reports the same remark (the pair counts once as evidence).
CREATE TYPE "SourceProvenance" AS ENUM ('ORIGINAL', 'REPUBLICATION', 'OFFICIAL_TRANSLATION', 'UNOFFICIAL_TRANSLATION', 'MACHINE_TRANSLATION');

ALTER TABLE "Source" ADD COLUMN "originalOutlet" TEXT,
ADD COLUMN "provenance" "SourceProvenance" NOT NULL DEFAULT 'ORIGINAL';

-- A copy names the outlet it copies; an original names none.
ALTER TABLE "Source" ADD CONSTRAINT "Source_original_outlet_named"
  CHECK (("provenance" = 'ORIGINAL') = ("originalOutlet" IS NULL));

ALTER TABLE "Statement" ADD COLUMN "relayedFrom" TEXT,
ADD COLUMN "sameRemarkAsId" TEXT;

ALTER TABLE "Statement" ADD CONSTRAINT "Statement_sameRemarkAsId_fkey" FOREIGN KEY ("sameRemarkAsId") REFERENCES "Statement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A remark is not a second report of itself.
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_same_remark_not_self"
  CHECK ("sameRemarkAsId" IS NULL OR "sameRemarkAsId" <> "id");

CREATE INDEX "Statement_sameRemarkAsId_idx" ON "Statement"("sameRemarkAsId");
