import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type Column } from "./data-table";
import type { PaginationProps } from "./pagination";

type Row = { id: string; name: string; count: number };

const columns: Column<Row>[] = [
  { key: "name", header: "Naam", rowHeader: true, sort: { href: "/list?sort=name&dir=desc", direction: "ascending" }, cell: (r) => r.name },
  { key: "count", header: "Aantal", align: "right", sort: { href: "/list?sort=count&dir=asc" }, cellData: { "data-column": "count" }, cell: (r) => r.count },
];
const rows: Row[] = [
  { id: "a", name: "Zorggroep Ëlst", count: 3 },
  { id: "b", name: "De Linde", count: 0 },
];

const render = (props: { rows?: Row[]; captionHidden?: boolean; paging?: PaginationProps } = {}) =>
  renderToStaticMarkup(<DataTable caption="Aanvragen" columns={columns} rows={rows} rowData={(r) => ({ "data-row": r.id })} empty="Niets gevonden." {...props} />);

describe("DataTable", () => {
  it("names the table and marks column and row headers", () => {
    const html = render();
    expect(html).toContain("<caption");
    expect(html).toContain("Aanvragen</caption>");
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toMatch(/<th scope="row"[^>]*>Zorggroep Ëlst<\/th>/);
    expect(html).toMatch(/<tr [^>]*data-row="b"/);
    expect(html).toMatch(/<td [^>]*data-column="count"[^>]*>0<\/td>/);
  });

  it("hides the caption visually when asked, or names the table by a heading", () => {
    expect(render({ captionHidden: true })).toMatch(/<caption class="sr-only">Aanvragen<\/caption>/);
    const labelled = renderToStaticMarkup(<DataTable labelledBy="title" columns={columns} rows={rows} empty="Niets." />);
    expect(labelled).toContain('aria-labelledby="title"');
    expect(labelled).not.toContain("<caption");
  });

  it("sorts through links, with aria-sort only on the sorted column", () => {
    const html = render();
    expect(html.match(/aria-sort=/g)).toHaveLength(1);
    expect(html).toMatch(/<th scope="col" aria-sort="ascending"[^>]*><a [^>]*href="\/list\?sort=name&amp;dir=desc"/);
    expect(html).toContain('href="/list?sort=count&amp;dir=asc"');
  });

  it("says in words that there are no rows instead of showing an empty table", () => {
    const html = render({ rows: [] });
    expect(html).not.toContain("<table");
    expect(html).toContain("Niets gevonden.");
  });

  it("pages with previous and next links, a missing one shown disabled", () => {
    const html = render({ paging: { label: "Paginering", previous: { href: null, label: "Vorige" }, next: { href: "/list?page=2", label: "Volgende" }, status: "Pagina 1 van 2" } });
    expect(html).toContain('<nav aria-label="Paginering"');
    expect(html).toMatch(/<span aria-disabled="true"[^>]*>Vorige<\/span>/);
    expect(html).toMatch(/<a rel="next"[^>]*href="\/list\?page=2"[^>]*>Volgende<\/a>/);
  });
});
