/**
 * `budget-check catalog …`: the catalog for people. Looks codes up (name, level, parents, grade, evidence, the year's
 * changes), counts rows per level and grade (--coverage), or writes the catalog as a sheet (--export) that --catalog
 * and the add-in load back unchanged. Only the first argument makes it this command (main.ts).
 */
import type { Catalog, CatalogEntry, ClassificationKind, Language } from "../core";
import { BUNDLED_YEARS, bundledCatalog, catalogCoverage, catalogToGrid, normaliseCode } from "../core";
import { CATALOG_STRINGS, type CatalogStrings } from "./catalog-strings";
import type { CliIo } from "./io";

const EXIT_OK = 0;
const EXIT_NOT_FOUND = 1;
const EXIT_BAD = 2;
const YEAR = /^\d{4}$/u;

interface CatalogArgs {
  readonly codes: readonly string[];
  readonly year: number | undefined;
  readonly format: "text" | "json";
  readonly coverage: boolean;
  readonly exportFile: string | undefined;
  readonly help: boolean;
  readonly language: Language;
}

function parseCatalogArgs(argv: readonly string[]): CatalogArgs | { problem: string; language: Language } {
  let language: Language = "zh";
  const codes: string[] = [];
  let year: number | undefined;
  let format: "text" | "json" = "text";
  let coverage = false;
  let exportFile: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [option, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/su) : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (option) {
      case "--help":
      case "-h":
        help = true;
        break;
      case "--coverage":
        coverage = true;
        break;
      case "--year": {
        const v = value();
        if (v === undefined || !YEAR.test(v)) return { problem: `--year ${v ?? ""}`, language };
        year = Number(v);
        break;
      }
      case "--format": {
        const v = value();
        if (v !== "text" && v !== "json") return { problem: `--format ${v ?? ""}`, language };
        format = v;
        break;
      }
      case "--export": {
        const v = value();
        if (v === undefined || v === "") return { problem: "--export", language };
        exportFile = v;
        break;
      }
      case "--lang": {
        const v = value();
        if (v !== "zh" && v !== "en") return { problem: `--lang ${v ?? ""}`, language };
        language = v;
        break;
      }
      default:
        if (option.startsWith("--")) return { problem: option, language };
        codes.push(arg);
    }
  }
  return { codes, year, format, coverage, exportFile, help, language };
}

/** One code, as `catalog CODE` shows it and as its JSON carries it. */
function describe(catalog: Catalog, entry: CatalogEntry) {
  return {
    code: entry.code,
    name: entry.name,
    kind: entry.kind,
    level: entry.level,
    path: catalog
      .path(entry.code, entry.kind)
      .slice(0, -1)
      .map((p) => ({ code: p.code, name: p.name })),
    grade: entry.source,
    source: entry.evidence,
    ...(entry.otherNames && { otherNames: entry.otherNames }),
    ...(entry.formerNames && { formerNames: entry.formerNames }),
    changes: (catalog.changes ?? []).filter((c) => c.code === entry.code && c.kind === entry.kind),
  };
}

type Described = ReturnType<typeof describe>;

function describedText(d: Described, s: CatalogStrings): string {
  const c = s.colon;
  const lines = [
    `${d.code} ${d.name}`,
    `  ${s.labels.level}${c}${s.level[d.level]}${s.comma}${s.kind[d.kind]}`,
    `  ${s.labels.path}${c}${d.path.length === 0 ? s.none : d.path.map((p) => `${p.code} ${p.name}`).join(" > ")}`,
    `  ${s.labels.grade}${c}${s.grade[d.grade]}`,
    `  ${s.labels.evidence}${c}${d.source}`,
  ];
  if (d.otherNames) lines.push(`  ${s.labels.otherNames}${c}${d.otherNames.join("；")}`);
  if (d.formerNames)
    lines.push(`  ${s.labels.formerNames}${c}${d.formerNames.map((f) => `${f.name}（${f.until}）`).join("；")}`);
  lines.push(`  ${s.labels.changes}${c}${d.changes.length === 0 ? s.noChange : d.changes.map(s.change).join("；")}`);
  return lines.join("\n");
}

function lookupCodes(args: CatalogArgs, catalog: Catalog, io: CliIo, s: CatalogStrings): number {
  const results: ({ code: string; found: false; inEditions: number[] } | ({ found: true } & Described))[] = [];
  let missing = false;
  for (const text of args.codes) {
    const read = normaliseCode(text);
    if (!read.ok) {
      // Echo what was typed without its control characters (a terminal would act on them).
      io.stderr.write(s.problem(s.unreadableCode(withoutControls(text))) + "\n");
      return EXIT_BAD;
    }
    const entry = catalog.lookup(read.code, read.kind);
    if (entry) results.push({ found: true, ...describe(catalog, entry) });
    else {
      missing = true;
      // A code of another edition (printed in 2025, say, asked about 2024): say where it is.
      const inEditions = BUNDLED_YEARS.filter((y) => bundledCatalog(y).lookup(read.code, read.kind) !== undefined);
      results.push({ code: read.code, found: false, inEditions });
    }
  }
  if (args.format === "json") {
    io.stdout.write(JSON.stringify({ catalog: catalogJson(catalog), codes: results }, null, 2) + "\n");
  } else {
    const blocks = results.map((r) =>
      r.found
        ? describedText(r, s)
        : [s.notFound(r.code), ...(r.inEditions.length > 0 ? [s.inOtherEditions(r.inEditions)] : [])].join("\n"),
    );
    io.stdout.write([s.catalogLine(catalog.year, catalog.source), ...blocks].join("\n") + "\n");
  }
  return missing ? EXIT_NOT_FOUND : EXIT_OK;
}

function catalogJson(catalog: Catalog) {
  return {
    year: catalog.year,
    edition: catalog.edition ?? catalog.year,
    source: catalog.source,
    changes: catalog.changes ?? [],
  };
}

const KINDS: readonly ClassificationKind[] = ["functional", "econ-dept", "econ-gov"];

function coverage(args: CatalogArgs, catalog: Catalog, io: CliIo, s: CatalogStrings): number {
  const c = catalogCoverage(catalog.year);
  if (args.format === "json") {
    io.stdout.write(JSON.stringify({ catalog: catalogJson(catalog), coverage: c }, null, 2) + "\n");
    return EXIT_OK;
  }
  const lines = [s.coverageTitle(c.year, catalog.source), s.rows(c.rows)];
  for (const kind of KINDS) {
    lines.push(`${s.kind[kind]}${s.colon}`);
    for (const level of ["类", "款", "项"] as const) {
      const grades = Object.entries(c.byGrade[kind][level]);
      if (grades.length === 0) continue;
      lines.push(`  ${level} ${c.byKind[kind][level]}${s.colon}${grades.map(([g, n]) => `${g} ${n}`).join(s.comma)}`);
    }
  }
  lines.push(`${s.completeBranches}${s.colon}`);
  if (c.completeBranches.length === 0) lines.push(`  ${s.none}`);
  for (const b of c.completeBranches) lines.push(`  ${s.kind[b.kind]} ${b.parent === "" ? s.classList : b.parent}`);
  lines.push(s.undecided(c.undecided));
  lines.push(`${s.labels.changes}${s.colon}`);
  if (c.changes.length === 0) lines.push(`  ${s.changesNotRecorded(c.year)}`);
  for (const change of c.changes) lines.push(`  ${change.code} ${s.change(change)}`);
  io.stdout.write(lines.join("\n") + "\n");
  return EXIT_OK;
}

async function exportCatalog(file: string, catalog: Catalog, io: CliIo, s: CatalogStrings): Promise<number> {
  const grid = catalogToGrid(catalog);
  try {
    // ExcelJS loads only when a catalog is exported (the bundled command line starts without it).
    const { writeCatalogWorkbook } = await import("../host/xlsx/write-catalog");
    await writeCatalogWorkbook(grid, file);
  } catch (error) {
    io.stderr.write(s.problem(`${file}: ${error instanceof Error ? error.message : String(error)}`) + "\n");
    return EXIT_BAD;
  }
  io.stdout.write(s.exported(file, grid.length - 2) + "\n");
  return EXIT_OK;
}

/** The whole subcommand: argv after "catalog"; returns the exit status (2 for a wrong argument, 1 for a code not found). */
export async function runCatalogCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCatalogArgs(argv);
  if ("problem" in args) {
    const s = CATALOG_STRINGS[args.language];
    io.stderr.write(`${s.problem(args.problem)}\n${s.usage}\n`);
    return EXIT_BAD;
  }
  const s = CATALOG_STRINGS[args.language];
  if (args.help || (args.codes.length === 0 && !args.coverage && args.exportFile === undefined)) {
    io.stdout.write(s.usage + "\n");
    return args.help ? EXIT_OK : EXIT_BAD;
  }
  const catalog = bundledCatalog(args.year ?? latestYear());
  if (args.exportFile !== undefined) return exportCatalog(args.exportFile, catalog, io, s);
  if (args.coverage) return coverage(args, catalog, io, s);
  return lookupCodes(args, catalog, io, s);
}

/** Without --year, the newest bundled edition: the one accountants work in now. */
function latestYear(): number {
  return catalogCoverage(Number.MAX_SAFE_INTEGER).year;
}

/** A typed argument without control characters (C0, DEL, C1), each shown as "?". */
function withoutControls(text: string): string {
  return [...text].map((ch) => (/\p{Cc}/u.test(ch) ? "?" : ch)).join("");
}
