/**
 * Next year's round: the same procedure a year (or n years) later, each date at its own precision.
 * A day keeps its day of the month, except 29 February, which becomes 28 February. Pure.
 */
import { addToDate } from "../dates";
import type { QuestionnaireDefinition, When } from "./schema";

export function shiftWhen(when: When, years: number): When {
  switch (when.precision) {
    case "day":
      return {
        ...when,
        date: addToDate(when.date, years, "years"),
        ...(when.endDate ? { endDate: addToDate(when.endDate, years, "years") } : {}),
      };
    case "month": {
      const [year, month] = when.month.split("-");
      return { ...when, month: `${String(Number(year) + years).padStart(4, "0")}-${month}` };
    }
    case "year":
      return { ...when, year: when.year + years };
  }
}

export function shiftProcedureDates(def: QuestionnaireDefinition, years: number): QuestionnaireDefinition {
  return { ...def, procedureDates: def.procedureDates.map((d) => ({ ...d, when: shiftWhen(d.when, years) })) };
}
