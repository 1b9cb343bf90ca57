import Link from "next/link";
import type { ReactNode } from "react";
import { Pagination, type PaginationProps } from "./pagination";

type DataAttributes = Record<`data-${string}`, string | number>;

/** A sortable column's link: where a click leads, and the current order when the table is sorted by it. */
export interface SortLink {
  href: string;
  direction?: "ascending" | "descending";
}

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell that names the row (`<th scope="row">`), so screen readers announce it with every other cell. */
  rowHeader?: boolean;
  align?: "right";
  /** Classes of the body cells, e.g. "whitespace-nowrap". */
  className?: string;
  /** Attributes of every body cell in this column (tests and styles find cells by them). */
  cellData?: DataAttributes;
  sort?: SortLink;
}

/** A table needs a name: a caption (hidden when the heading above already says it) or the id of that heading. */
type TableName = { caption: ReactNode; captionHidden?: boolean; labelledBy?: never } | { labelledBy: string; caption?: never; captionHidden?: never };

/** Rows are told apart by their id, or by their key where they have none. */
type Identified = { id: string | bigint } | { key: string };

type DataTableProps<Row extends Identified> = TableName & {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowData?: (row: Row) => DataAttributes;
  /** What the reader sees instead of an empty table. */
  empty: ReactNode;
  paging?: PaginationProps;
  testId?: string;
};

const cellPadding = "px-3 py-2";
const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ");

function HeaderCell<Row>({ column }: { column: Column<Row> }) {
  const { sort } = column;
  return (
    <th scope="col" aria-sort={sort?.direction} className={classes(cellPadding, column.align === "right" && "text-right")}>
      {sort ? (
        <Link href={sort.href} className="underline decoration-slate-400 hover:text-brand-700">
          {column.header}
          {sort.direction && <span aria-hidden="true">{sort.direction === "ascending" ? " ▲" : " ▼"}</span>}
        </Link>
      ) : (
        column.header
      )}
    </th>
  );
}

/**
 * Every list of rows in the portal: a real table with a name, column headers, a row header per row,
 * sorting through links (so the order lives in the URL and works without scripts), an empty state in
 * words and optional paging underneath. A server component: pages stay server-rendered.
 */
export function DataTable<Row extends Identified>({ columns, rows, rowData, empty, paging, testId, ...name }: DataTableProps<Row>) {
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
        {rows.length === 0 ? (
          <p className="p-4 text-slate-700">{empty}</p>
        ) : (
          <table className="w-full text-left text-sm" aria-labelledby={name.labelledBy} data-testid={testId}>
            {name.caption !== undefined && (
              <caption className={name.captionHidden ? "sr-only" : classes(cellPadding, "text-left font-semibold")}>{name.caption}</caption>
            )}
            <thead className="bg-slate-100 text-slate-800">
              <tr>
                {columns.map((column) => (
                  <HeaderCell key={column.key} column={column} />
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((row) => (
                <tr key={String("id" in row ? row.id : row.key)} className="align-top hover:bg-slate-50" {...rowData?.(row)}>
                  {columns.map((column) => {
                    const Cell = column.rowHeader ? "th" : "td";
                    const className = classes(cellPadding, column.rowHeader && "font-normal", column.align === "right" && "text-right", column.className);
                    return (
                      <Cell key={column.key} scope={column.rowHeader ? "row" : undefined} className={className} {...column.cellData}>
                        {column.cell(row)}
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {paging && <Pagination {...paging} />}
    </div>
  );
}
