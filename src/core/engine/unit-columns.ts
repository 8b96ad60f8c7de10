/**
 * A table's amounts as integer units, one typed column per role, read once per table and check. The sum rules add
 * every line of a large table several times (the 合计, its unit, each relation of the row): over typed columns read
 * by row index that is a tight loop, where through each row's amounts map it is a call and a layout lookup per
 * amount. Rows read from the same columns share a layout id, so what a rule works out per set of roles is worked out
 * once per layout.
 */
import { oncePer } from "./once-per";
import { RoleAmounts } from "./role-amounts";
import type { Amount, AmountRole, RecognisedTable } from "./recognise/types";

export interface UnitColumns {
  /** Per row: the id of its roles (rows with the same roles in the same columns share one). */
  readonly layoutId: Int32Array;
  /** Per layout id: the roles of its rows, in the row's order; layoutRow gives a row that has it. */
  readonly layouts: readonly (readonly AmountRole[])[];
  readonly layoutRow: readonly number[];
  /**
   * Per row, the units of its amount in the role; NaN where the row has the role without exact units (a decimal
   * amount) and where it has no amount in the role (ask `has`). Undefined for a role no row has.
   */
  units(role: AmountRole): Float64Array | undefined;
  /** True when row i has an amount in the role. */
  has(role: AmountRole, i: number): boolean;
}

class Columns implements UnitColumns {
  readonly layoutId: Int32Array;
  readonly layouts: (readonly AmountRole[])[] = [];
  readonly layoutRow: number[] = [];
  private readonly byRole = new Map<AmountRole, Float64Array>();
  /** Per layout id: the roles it holds, as a set (a table has few layouts). */
  private readonly holds: ReadonlySet<AmountRole>[] = [];

  constructor(private readonly rows: number) {
    this.layoutId = new Int32Array(rows);
  }

  units(role: AmountRole): Float64Array | undefined {
    return this.byRole.get(role);
  }

  has(role: AmountRole, i: number): boolean {
    return this.holds[this.layoutId[i]!]!.has(role);
  }

  /** Gives the role a column made elsewhere (a view of a store's units). */
  adopt(role: AmountRole, column: Float64Array): void {
    this.byRole.set(role, column);
  }

  /** The role's column, made (all NaN) on first use. */
  column(role: AmountRole): Float64Array {
    let column = this.byRole.get(role);
    if (column === undefined) this.byRole.set(role, (column = new Float64Array(this.rows).fill(NaN)));
    return column;
  }

  addLayout(roles: readonly AmountRole[], row: number): number {
    this.layouts.push(roles);
    this.layoutRow.push(row);
    this.holds.push(new Set(roles));
    return this.layouts.length - 1;
  }
}

/** The table's unit columns, read once per recognised table (that is, per check). */
export const unitColumns: (table: RecognisedTable) => UnitColumns = oncePer(collect);

function collect(table: RecognisedTable): UnitColumns {
  const rows = table.rows;
  const out = new Columns(rows.length);
  const ids = new Map<readonly AmountRole[], number>();
  // The last layout's id and columns by place: consecutive rows nearly always share their layout.
  let lastLayout: readonly AmountRole[] | undefined;
  let lastId = -1;
  let places: Float64Array[] = [];
  for (let i = 0; i < rows.length;) {
    const amounts = rows[i]!.amounts;
    if (!(amounts instanceof RoleAmounts)) {
      // A plain map (a few small tables): a layout of its own, its amounts read by role.
      const roles = [...amounts.keys()];
      out.layoutId[i] = out.addLayout(roles, i);
      for (const role of roles) out.column(role)[i] = unitsOrNaN(amounts.get(role));
      i++;
      continue;
    }
    const layout = amounts.layout;
    // The run of rows that follow it in its store with its layout (a line table's body is mostly one run).
    let end = i + 1;
    for (let last = amounts; end < rows.length; end++) {
      const next = rows[end]!.amounts;
      if (!(next instanceof RoleAmounts) || !next.follows(last)) break;
      last = next;
    }
    if (layout !== lastLayout) {
      lastLayout = layout;
      let id = ids.get(layout);
      if (id === undefined) ids.set(layout, (id = out.addLayout(layout, i)));
      lastId = id;
      // A table that is one run (the usual large table) takes its store's units as its columns, uncopied.
      if (i === 0 && end === rows.length && adoptViews(out, amounts, layout, end)) {
        out.layoutId.fill(lastId);
        break;
      }
      places = layout.map((role) => out.column(role));
    }
    out.layoutId.fill(lastId, i, end);
    amounts.copyUnits(end - i, places, i);
    i = end;
  }
  return out;
}

/** Each role's column as a view of the store's units for the table's `rows` rows; false when the store cannot. */
function adoptViews(out: Columns, first: RoleAmounts, layout: readonly AmountRole[], rows: number): boolean {
  const views: Float64Array[] = [];
  for (let p = 0; p < layout.length; p++) {
    const view = first.unitsView(rows, p);
    if (view === undefined) return false;
    views.push(view);
  }
  for (let p = 0; p < layout.length; p++) out.adopt(layout[p]!, views[p]!);
  return true;
}

function unitsOrNaN(amount: Amount | undefined): number {
  return amount?.units ?? NaN;
}
