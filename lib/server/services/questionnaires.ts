import "server-only";
import type { Prisma, VersionStatus } from "@/lib/generated/prisma/client";
import { draftSchema } from "@/lib/questionnaire/draft";
import { questionnaireSchema, type QuestionnaireDefinition } from "@/lib/questionnaire/schema";
import type { Actor } from "@/lib/auth/permissions";
import { purchaserForInsurer } from "@/lib/purchasers";
import { db } from "../db";
import { scopedQuestionnaires } from "../purchaser-scope";

type Tx = Prisma.TransactionClient;

/** The care types with a questionnaire in the user's purchaser scope. */
export function listCareTypes(user: Actor) {
  return db.careType.findMany({ where: { questionnaire: scopedQuestionnaires(user) }, orderBy: { nameNl: "asc" } });
}

/** The purchaser named as insurer by a definition, created on first use (lib/purchasers.ts). */
async function purchaserOf(tx: Tx, def: QuestionnaireDefinition) {
  const p = purchaserForInsurer(def.insurer);
  return tx.purchaser.upsert({
    where: { key: p.key },
    update: {},
    create: { key: p.key, name: p.name, kind: p.kind, regions: [...p.regions] },
  });
}

/**
 * A definition as the version row stores it: checked by the schema (the looser draft shape for
 * drafts) on every write and every read, a document of an older format upgraded on the way.
 */
function checkedDocument(doc: unknown, status: VersionStatus): QuestionnaireDefinition {
  return (status === "DRAFT" ? draftSchema : questionnaireSchema).parse(doc);
}

/**
 * Writes a whole definition as a new version of its care type's questionnaire (creating the care
 * type, and the questionnaire owned by the purchaser its insurer names, on first use). Runs inside
 * the caller's transaction.
 */
export async function createVersion(
  tx: Tx,
  def: QuestionnaireDefinition,
  options: { status: VersionStatus; publishedById?: string | null },
) {
  const careType = await tx.careType.upsert({
    where: { key: def.careType.key },
    update: { nameNl: def.careType.name.nl, nameEn: def.careType.name.en },
    create: { key: def.careType.key, nameNl: def.careType.name.nl, nameEn: def.careType.name.en },
  });
  const existing = await tx.questionnaire.findUnique({ where: { careTypeId: careType.id } });
  const questionnaire = existing ?? (await tx.questionnaire.create({ data: { careTypeId: careType.id, purchaserId: (await purchaserOf(tx, def)).id } }));
  const last = await tx.questionnaireVersion.aggregate({
    where: { questionnaireId: questionnaire.id },
    _max: { number: true },
  });
  return tx.questionnaireVersion.create({
    data: {
      questionnaireId: questionnaire.id,
      number: (last._max.number ?? 0) + 1,
      status: options.status,
      ...versionFields(def, options.status),
      publishedAt: options.status === "PUBLISHED" ? new Date() : null,
      publishedById: options.publishedById ?? null,
    },
  });
}

/** The version row's own fields of a definition: the checked document and the columns lists show. */
export function versionFields(def: QuestionnaireDefinition, status: VersionStatus) {
  const definition = checkedDocument(def, status);
  return {
    definition: definition as Prisma.InputJsonValue,
    title: definition.title,
    insurer: definition.insurer,
    policyPeriod: definition.policyPeriod,
  } satisfies Prisma.QuestionnaireVersionUpdateInput;
}

/** Published versions never change: keep their definitions per process. */
const publishedCache = new Map<string, QuestionnaireDefinition>();

/** A version as a definition; pass the transaction client to read what it has locked. */
export async function loadDefinition(versionId: string, client: Tx | typeof db = db): Promise<QuestionnaireDefinition> {
  const cached = publishedCache.get(versionId);
  if (cached) return cached;
  const v = await client.questionnaireVersion.findUniqueOrThrow({ where: { id: versionId }, select: { status: true, definition: true } });
  const def = checkedDocument(v.definition, v.status);
  if (v.status === "PUBLISHED") publishedCache.set(versionId, def);
  return def;
}

/** The newest published version of a care type's questionnaire. */
export function latestPublishedVersion(careTypeKey: string) {
  return db.questionnaireVersion.findFirst({
    where: { status: "PUBLISHED", questionnaire: { careType: { key: careTypeKey } } },
    orderBy: { number: "desc" },
  });
}
