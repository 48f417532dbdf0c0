/**
 * Every KPI figure of one report year that a change adds, changes or removes (a figure: one row's
 * value for one data year), with what in the new kpis.json declares it: a restatement, a correction
 * or a unit change. In a sealed year, a figure that changes without a declaration is flagged.
 */
import type { Kpi, KpiTable, KpiValue } from '../schemas/kpi.ts';

export type Declaration = 'restatement' | 'correction' | 'unit-change';

export interface KpiFigureChange {
  /** The row's id. */
  kpi: string;
  /** The row's name (the new one; the old one for a removed row). */
  name: string;
  /** The data year of the figure. */
  dataYear: string;
  /** The value before; undefined when the figure is added. */
  before: KpiValue | undefined;
  /** The value after; undefined when the figure is removed. */
  after: KpiValue | undefined;
  /** The row's unit after (before, for a removed row). */
  unit: string;
  /** The row's unit before, where it differs. */
  unitBefore?: string;
  /** What the new kpis.json says about it. */
  declaredBy: Declaration[];
  /** The year was sealed before and nothing declares the change. */
  undeclaredInSealedYear: boolean;
  /** In a year new to the content, `before` is what this earlier report gave. */
  earlierReport?: number;
}

/** An earlier report's KPI table, to compare a new year's figures of earlier years with. */
export interface EarlierTable {
  year: number;
  table: KpiTable;
}

const rowsOf = (table: KpiTable | undefined): Map<string, Kpi> =>
  new Map((table?.groups ?? []).flatMap((g) => g.rows).map((row) => [row.id, row]));

function declarations(
  table: KpiTable | undefined,
  kpi: string,
  dataYear: string,
  after: KpiValue | undefined,
  unitChanged: boolean,
  unit: string,
): Declaration[] {
  if (!table) return [];
  const year = Number(dataYear);
  const found: Declaration[] = [];
  if (table.restatements.some((r) => r.kpi === kpi && r.year === year)) found.push('restatement');
  if (table.corrections.some((c) => c.kpi === kpi && c.year === year && c.corrected === after))
    found.push('correction');
  if (unitChanged && table.unitChanges.some((u) => u.kpi === kpi && u.to === unit))
    found.push('unit-change');
  return found;
}

/** The figures that differ between a year's KPI table before and after; flagged ones first. */
export function kpiChanges(
  before: KpiTable | undefined,
  after: KpiTable | undefined,
  sealedBefore: boolean,
  earlier?: EarlierTable,
): { changes: KpiFigureChange[]; carried: number } {
  // A new year's figures of earlier years are compared with the report before it: what it carries
  // over unchanged is counted, what differs is told (a restatement, declared or not).
  const previous = before === undefined && earlier ? rowsOf(earlier.table) : undefined;
  let carried = 0;
  const old = rowsOf(before);
  const now = rowsOf(after);
  const ids = [...new Set([...now.keys(), ...old.keys()])];
  const changes = ids.flatMap((kpi) => {
    const a = old.get(kpi);
    const b = now.get(kpi);
    const row = (b ?? a)!;
    const unitChanged = a !== undefined && b !== undefined && a.unit !== b.unit;
    const years = [...new Set([...Object.keys(a?.values ?? {}), ...Object.keys(b?.values ?? {})])];
    return years.sort().flatMap((dataYear): KpiFigureChange[] => {
      const is = b?.values[dataYear];
      const fromEarlier = previous?.get(kpi)?.values[dataYear];
      if (fromEarlier !== undefined && fromEarlier === is) {
        carried++;
        return [];
      }
      const was = fromEarlier ?? a?.values[dataYear];
      if (was === is && !(unitChanged && was !== undefined)) return [];
      const declaredBy = declarations(after, kpi, dataYear, is, unitChanged, row.unit);
      return [
        {
          kpi,
          name: row.name,
          dataYear,
          before: was,
          after: is,
          unit: row.unit,
          ...(unitChanged ? { unitBefore: a!.unit } : {}),
          declaredBy,
          undeclaredInSealedYear: sealedBefore && declaredBy.length === 0,
          ...(fromEarlier !== undefined ? { earlierReport: earlier!.year } : {}),
        },
      ];
    });
  });
  return {
    changes: [
      ...changes.filter((c) => c.undeclaredInSealedYear),
      ...changes.filter((c) => !c.undeclaredInSealedYear),
    ],
    carried,
  };
}
