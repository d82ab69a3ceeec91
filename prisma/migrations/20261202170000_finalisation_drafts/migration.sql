-- Finalising as a reviewable draft (issue 11): an analyst's choices for the
-- final verdicts, saved before they are submitted, one draft per analyst and
-- presidency. Never public; replaced by each save, removed once finalised.
CREATE TABLE "FinalisationDraft" (
    "id" TEXT NOT NULL,
    "presidencyId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "choices" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FinalisationDraft_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "FinalisationDraft_presidencyId_authorId_key"
  ON "FinalisationDraft"("presidencyId", "authorId");

ALTER TABLE "FinalisationDraft" ADD CONSTRAINT "FinalisationDraft_presidencyId_fkey"
  FOREIGN KEY ("presidencyId") REFERENCES "Presidency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FinalisationDraft" ADD CONSTRAINT "FinalisationDraft_authorId_fkey"
  FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
