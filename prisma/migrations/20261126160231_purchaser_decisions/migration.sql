-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "adviceNotMet" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "awaitingDecision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "unmetPayment" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "PurchaserDecision" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "conditionKey" TEXT NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PurchaserDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PurchaserDecision_submissionId_conditionKey_key" ON "PurchaserDecision"("submissionId", "conditionKey");

-- AddForeignKey
ALTER TABLE "PurchaserDecision" ADD CONSTRAINT "PurchaserDecision_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaserDecision" ADD CONSTRAINT "PurchaserDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

