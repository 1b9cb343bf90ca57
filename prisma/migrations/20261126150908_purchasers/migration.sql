-- CreateEnum
CREATE TYPE "PurchaserKind" AS ENUM ('HEALTH_INSURER', 'ZORGKANTOOR');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "purchaserId" TEXT;

-- CreateTable
CREATE TABLE "Purchaser" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PurchaserKind" NOT NULL,
    "regions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Purchaser_pkey" PRIMARY KEY ("id")
);

-- Existing data: the insurer text of each questionnaire's newest version becomes its purchaser.
-- "CZ groep" is CZ's name in its policy, the seed knows the purchaser as "CZ" (lib/purchasers.ts).
ALTER TABLE "Questionnaire" ADD COLUMN "purchaserId" TEXT;

CREATE TEMP TABLE questionnaire_insurer AS
SELECT DISTINCT ON (v."questionnaireId") v."questionnaireId" AS questionnaire_id,
       CASE WHEN btrim(v.insurer) = 'CZ groep' THEN 'CZ' ELSE btrim(v.insurer) END AS name
FROM "QuestionnaireVersion" v
ORDER BY v."questionnaireId", v.number DESC;

INSERT INTO "Purchaser" (id, key, name, kind)
SELECT 'p' || md5(name), btrim(lower(regexp_replace(name, '[^A-Za-z0-9]+', '-', 'g')), '-'), name,
       CASE WHEN name ILIKE '%zorgkantoor%' THEN 'ZORGKANTOOR'::"PurchaserKind" ELSE 'HEALTH_INSURER'::"PurchaserKind" END
FROM (SELECT DISTINCT name FROM questionnaire_insurer) AS names;

UPDATE "Questionnaire" q SET "purchaserId" = 'p' || md5(qi.name)
FROM questionnaire_insurer qi WHERE qi.questionnaire_id = q.id;

DROP TABLE questionnaire_insurer;

ALTER TABLE "Questionnaire" ALTER COLUMN "purchaserId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Purchaser_key_key" ON "Purchaser"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Purchaser_name_key" ON "Purchaser"("name");

-- CreateIndex
CREATE INDEX "User_purchaserId_idx" ON "User"("purchaserId");

-- CreateIndex
CREATE INDEX "Questionnaire_purchaserId_idx" ON "Questionnaire"("purchaserId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_purchaserId_fkey" FOREIGN KEY ("purchaserId") REFERENCES "Purchaser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_purchaserId_fkey" FOREIGN KEY ("purchaserId") REFERENCES "Purchaser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

