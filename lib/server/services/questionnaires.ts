import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/schema";
import type { Actor } from "@/lib/auth/permissions";
import { purchaserForInsurer } from "@/lib/purchasers";
import { dateRange } from "@/lib/procedure/timeline";
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

/** JSON columns: store `undefined` as SQL NULL. */
const json = (v: unknown) => (v === undefined ? undefined : (v as Prisma.InputJsonValue));

/**
 * Writes a whole definition as a new version of its care type's questionnaire (creating the care
 * type, and the questionnaire owned by the purchaser its insurer names, on first use). Runs inside
 * the caller's transaction.
 */
export async function createVersion(
  tx: Tx,
  def: QuestionnaireDefinition,
  options: { status: "DRAFT" | "PUBLISHED"; publishedById?: string | null },
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
  const version = await tx.questionnaireVersion.create({
    data: {
      questionnaireId: questionnaire.id,
      number: (last._max.number ?? 0) + 1,
      status: options.status,
      ...versionFields(def),
      publishedAt: options.status === "PUBLISHED" ? new Date() : null,
      publishedById: options.publishedById ?? null,
    },
  });
  await writeContent(tx, version.id, def);
  return version;
}

/** The version row's own fields of a definition. */
export function versionFields(def: QuestionnaireDefinition) {
  return {
    title: def.title,
    // On an update, SQL NULL must be said explicitly to clear it.
    description: def.description ?? Prisma.DbNull,
    insurer: def.insurer,
    policyPeriod: def.policyPeriod,
    documentFile: def.document.file,
    documentTitle: def.document.title,
  } satisfies Prisma.QuestionnaireVersionUpdateInput;
}

/** Writes a definition's sections, questions, conditions and dates as rows of an (empty) version. */
export async function writeContent(tx: Tx, versionId: string, def: QuestionnaireDefinition) {
  for (const [sIndex, s] of def.sections.entries()) {
    const section = await tx.section.create({
      data: {
        versionId,
        key: s.key,
        position: sIndex,
        title: s.title,
        description: json(s.description),
        profile: s.profile ?? false,
        visibleWhen: json(s.visibleWhen),
      },
    });
    await tx.question.createMany({
      data: s.questions.map((q, qIndex) => ({
        versionId,
        sectionId: section.id,
        key: q.key,
        position: qIndex,
        kind: q.kind,
        label: q.label,
        help: json(q.help),
        required: q.required,
        options: json(q.options),
        min: q.min ?? null,
        max: q.max ?? null,
        integer: q.integer ?? null,
        unit: json(q.unit),
        maxLength: q.maxLength ?? null,
        visibleWhen: json(q.visibleWhen),
        source: json(q.source),
      })),
    });
  }
  await tx.condition.createMany({
    data: def.conditions.map((c, i) => ({
      versionId,
      key: c.key,
      position: i,
      text: c.text,
      severity: c.severity,
      audience: json(c.audience),
      appliesWhen: json(c.appliesWhen),
      rule: c.rule as Prisma.InputJsonValue,
      evidence: json(c.evidence),
      source: c.source,
    })),
  });
  await tx.procedureDate.createMany({
    data: def.procedureDates.map((d, i) => {
      const { start, end } = dateRange(d.when);
      return {
        versionId,
        key: d.key,
        position: i,
        when: d.when,
        startsOn: new Date(`${start}T00:00:00Z`),
        endsOn: new Date(`${end}T00:00:00Z`),
        event: d.event,
        actor: d.actor,
        appliesWhen: json(d.appliesWhen),
        source: d.source,
      };
    }),
  });
}

/** Drops null/undefined fields so a definition read back equals the one written. */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** Published versions never change: keep their definitions per process. */
const publishedCache = new Map<string, QuestionnaireDefinition>();

/** A version as a definition; pass the transaction client to read what it has locked. */
export async function loadDefinition(versionId: string, client: Tx | typeof db = db): Promise<QuestionnaireDefinition> {
  const cached = publishedCache.get(versionId);
  if (cached) return cached;
  const v = await client.questionnaireVersion.findUniqueOrThrow({
    where: { id: versionId },
    include: {
      questionnaire: { include: { careType: true } },
      sections: { orderBy: { position: "asc" }, include: { questions: { orderBy: { position: "asc" } } } },
      conditions: { orderBy: { position: "asc" } },
      procedureDates: { orderBy: { position: "asc" } },
    },
  });
  const def = compact({
    formatVersion: 1 as const,
    careType: { key: v.questionnaire.careType.key, name: { nl: v.questionnaire.careType.nameNl, en: v.questionnaire.careType.nameEn } },
    title: v.title,
    description: v.description,
    insurer: v.insurer,
    policyPeriod: v.policyPeriod,
    document: { file: v.documentFile, title: v.documentTitle },
    sections: v.sections.map((s) =>
      compact({
        key: s.key,
        title: s.title,
        description: s.description,
        profile: s.profile || undefined,
        visibleWhen: s.visibleWhen,
        questions: s.questions.map((q) =>
          compact({
            key: q.key,
            kind: q.kind,
            label: q.label,
            help: q.help,
            required: q.required,
            options: q.options,
            min: q.min,
            max: q.max,
            integer: q.integer,
            unit: q.unit,
            maxLength: q.maxLength,
            visibleWhen: q.visibleWhen,
            source: q.source,
          }),
        ),
      }),
    ),
    conditions: v.conditions.map((c) =>
      compact({
        key: c.key,
        text: c.text,
        severity: c.severity,
        audience: c.audience,
        appliesWhen: c.appliesWhen,
        rule: c.rule,
        evidence: c.evidence,
        source: c.source,
      }),
    ),
    procedureDates: v.procedureDates.map((d) =>
      compact({ key: d.key, when: d.when, event: d.event, actor: d.actor, appliesWhen: d.appliesWhen, source: d.source }),
    ),
  }) as unknown as QuestionnaireDefinition;
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
