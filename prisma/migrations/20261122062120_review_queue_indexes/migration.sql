-- CreateIndex
CREATE INDEX "Submission_submittedAt_id_idx" ON "Submission"("submittedAt", "id");

-- CreateIndex
CREATE INDEX "Submission_unmetHard_submittedAt_id_idx" ON "Submission"("unmetHard", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Submission_nextDeadline_submittedAt_id_idx" ON "Submission"("nextDeadline", "submittedAt", "id");

