-- Suggested evidence (issue 11): a sentence an analyst dismissed for an item
-- is not suggested for it again. Keyed by the exact span of the text version
-- it was read in; a new version of the text is read afresh.
CREATE TABLE "SuggestionDismissal" (
    "id" TEXT NOT NULL,
    "sourceVersionId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "dismissedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionDismissal_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SuggestionDismissal_span_check" CHECK ("start" >= 0 AND "end" > "start")
);

CREATE UNIQUE INDEX "SuggestionDismissal_sourceVersionId_itemId_start_end_key"
  ON "SuggestionDismissal"("sourceVersionId", "itemId", "start", "end");
CREATE INDEX "SuggestionDismissal_itemId_idx" ON "SuggestionDismissal"("itemId");

ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_sourceVersionId_fkey"
  FOREIGN KEY ("sourceVersionId") REFERENCES "SourceVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_itemId_fkey"
  FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_dismissedById_fkey"
  FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
