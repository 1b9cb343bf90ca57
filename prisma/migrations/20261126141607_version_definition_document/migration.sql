-- Each questionnaire version's definition becomes one JSON document on the version row (the format of
-- lib/questionnaire/schema.ts). The rows of Section, Question, Condition and ProcedureDate are carried
-- over as a formatVersion-1 document (the app upgrades it on read), and submissions keep their version.
-- Optional fields that were NULL are left out of the document, as loadDefinition did.

-- AlterTable
ALTER TABLE "QuestionnaireVersion" ADD COLUMN "definition" JSONB;

-- Carry the rows over
UPDATE "QuestionnaireVersion" v SET "definition" = jsonb_strip_nulls(jsonb_build_object(
  'formatVersion', 1,
  'careType', (
    SELECT jsonb_build_object('key', ct."key", 'name', jsonb_build_object('nl', ct."nameNl", 'en', ct."nameEn"))
    FROM "Questionnaire" q JOIN "CareType" ct ON ct."id" = q."careTypeId"
    WHERE q."id" = v."questionnaireId"
  ),
  'title', v."title",
  'description', v."description",
  'insurer', v."insurer",
  'policyPeriod', v."policyPeriod",
  'document', jsonb_build_object('file', v."documentFile", 'title', v."documentTitle"),
  'sections', COALESCE((
    SELECT jsonb_agg(jsonb_build_object(
      'key', s."key",
      'title', s."title",
      'description', s."description",
      'profile', CASE WHEN s."profile" THEN true END,
      'visibleWhen', s."visibleWhen",
      'questions', COALESCE((
        SELECT jsonb_agg(jsonb_build_object(
          'key', qu."key",
          'kind', qu."kind"::text,
          'label', qu."label",
          'help', qu."help",
          'required', qu."required",
          'options', qu."options",
          'min', qu."min",
          'max', qu."max",
          'integer', qu."integer",
          'unit', qu."unit",
          'maxLength', qu."maxLength",
          'visibleWhen', qu."visibleWhen",
          'source', qu."source"
        ) ORDER BY qu."position")
        FROM "Question" qu WHERE qu."sectionId" = s."id"
      ), '[]'::jsonb)
    ) ORDER BY s."position")
    FROM "Section" s WHERE s."versionId" = v."id"
  ), '[]'::jsonb),
  'conditions', COALESCE((
    SELECT jsonb_agg(jsonb_build_object(
      'key', c."key",
      'text', c."text",
      'severity', c."severity"::text,
      'audience', c."audience",
      'appliesWhen', c."appliesWhen",
      'rule', c."rule",
      'evidence', c."evidence",
      'source', c."source"
    ) ORDER BY c."position")
    FROM "Condition" c WHERE c."versionId" = v."id"
  ), '[]'::jsonb),
  'procedureDates', COALESCE((
    SELECT jsonb_agg(jsonb_build_object(
      'key', d."key",
      'when', d."when",
      'event', d."event",
      'actor', d."actor"::text,
      'appliesWhen', d."appliesWhen",
      'source', d."source"
    ) ORDER BY d."position")
    FROM "ProcedureDate" d WHERE d."versionId" = v."id"
  ), '[]'::jsonb)
));

-- AlterTable
ALTER TABLE "QuestionnaireVersion" ALTER COLUMN "definition" SET NOT NULL,
DROP COLUMN "description",
DROP COLUMN "documentFile",
DROP COLUMN "documentTitle";

-- DropTable (with their foreign keys and the ProcedureDate (versionId, endsOn) index)
DROP TABLE "Question";

-- DropTable
DROP TABLE "Section";

-- DropTable
DROP TABLE "Condition";

-- DropTable
DROP TABLE "ProcedureDate";

-- DropEnum
DROP TYPE "QuestionKind";

-- DropEnum
DROP TYPE "Severity";

-- DropEnum
DROP TYPE "Actor";
