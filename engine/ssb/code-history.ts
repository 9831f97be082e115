import { InputError } from "../errors";

/** What a region code stands for. */
export type RegionLevel = "country" | "county" | "municipality";

/**
 * One code with one set of borders: a municipality or county from the year its borders
 * took effect (1 January) to the last year they held. A code that kept its number through
 * a merger (Stavanger 1103 in 2020) is two units; a renumbering (Skien 0806 → 3807) ends
 * one unit and starts another with the same territory.
 */
export interface RegionUnit {
  /** Unique key: code and years, "0806:-2019", "1103:2020-", "0:-". */
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  /** First year (1 January) of these borders; null: before the history begins (2000). */
  from: number | null;
  /** Last year; null: still in force. */
  to: number | null;
  /**
   * The territory as the smallest pieces the history knows (sorted). Two units cover the
   * same land exactly when their atoms are equal; a unit lies inside another when its atoms
   * are a subset. Atoms are the municipalities of 2000, refined where one was split.
   */
  atoms: readonly string[];
}

/** One row of the change list: a municipality's code or borders changed on 1 January `year`. */
export interface CodeChange {
  year: number;
  kind: "renumbering" | "merger" | "split";
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
  /** For a split: the earlier units (code and a year they were in force) whose land the new code takes. */
  parts: Array<{ code: string; year: number }>;
  line: number;
}

/** A county's code, name and years (the land follows from its municipalities' codes). */
export interface CountyEntry {
  code: string;
  name: string;
  from: number | null;
  to: number | null;
  line: number;
}

/** Norway's municipal and county codes over time, with the land each stands for. */
export interface CodeHistory {
  units: readonly RegionUnit[];
  changes: readonly CodeChange[];
  /** First year the history knows every municipality (2000). */
  firstYear: number;
  /** The newest borders (year of the last change, 2024). */
  newestYear: number;
  /** Units by code (normalised, "0" for the country). */
  byCode: ReadonlyMap<string, readonly RegionUnit[]>;
  /** Units by lower-case name, by the name without a "(county)" qualifier and by each part of "Sami - Norwegian" names. */
  byName: ReadonlyMap<string, readonly RegionUnit[]>;
  /** Source files, for messages. */
  files: { municipalities: string; changes: string; counties: string };
}

/** Throws an InputError `where: expected …, got …` unless `cond` holds. */
export function need(cond: boolean, where: string, expected: string, got: unknown): void {
  if (!cond) throw new InputError(`${where}: expected ${expected}, got ${typeof got === "string" ? JSON.stringify(got) : String(got)}`);
}

interface Building {
  code: string;
  name: string;
  from: number | null;
  atoms: Set<string>;
}

function unitId(code: string, from: number | null, to: number | null): string {
  return `${code}:${from ?? ""}-${to ?? ""}`;
}

/** Keys a name is found by: the whole name, without a "(county)" qualifier, and each " - " part. */
export function nameKeys(name: string): string[] {
  const full = name.trim().replace(/\s+/g, " ").toLowerCase();
  const base = full.replace(/\s*\([^()]*\)$/, "");
  const keys = new Set([full, base]);
  for (const k of [full, base]) for (const part of k.split(" - ")) keys.add(part.trim());
  return [...keys].filter((k) => k !== "");
}

/**
 * Builds the code history: every municipality unit from the list of the first year and
 * the changes applied year by year (a renumbering moves the land to the new code, a merger
 * unites it, a split divides it: by the `parts` named, else each atom of the old unit is
 * divided between the new codes), then the counties (the land of their municipalities, one
 * unit per run of years with the same land) and the whole country ("0").
 * Inconsistent input (a change from a code not in force, a name that does not match, parts
 * that do not divide the old land) throws, naming the file and line.
 *
 * @example
 * const h = buildCodeHistory({ municipalities, changes, counties, firstYear: 2000 });
 * h.byCode.get("3817")![0].atoms // ["0821", "0822"]: Bø (Telemark) and Sauherad
 */
export function buildCodeHistory(input: {
  municipalities: ReadonlyArray<{ code: string; name: string; line?: number }>;
  changes: readonly CodeChange[];
  counties: readonly CountyEntry[];
  firstYear: number;
  files?: Partial<CodeHistory["files"]>;
}): CodeHistory {
  const files = {
    municipalities: input.files?.municipalities ?? "municipalities",
    changes: input.files?.changes ?? "changes",
    counties: input.files?.counties ?? "counties",
  };
  const done: Building[] = [];
  const doneTo: number[] = [];
  const active = new Map<string, Building>();
  for (const m of input.municipalities) {
    need(!active.has(m.code), `${files.municipalities}: line ${m.line ?? "?"}, field "code"`, "each code once", m.code);
    active.set(m.code, { code: m.code, name: m.name, from: null, atoms: new Set([m.code]) });
  }
  /** The unit of a code in force in a year (closed or active). */
  const unitIn = (code: string, year: number): Building | undefined => {
    for (let i = 0; i < done.length; i++) {
      const u = done[i];
      if (u.code === code && (u.from === null || u.from <= year) && doneTo[i] >= year) return u;
    }
    const a = active.get(code);
    return a && (a.from === null || a.from <= year) ? a : undefined;
  };
  const years = [...new Set(input.changes.map((c) => c.year))].sort((a, b) => a - b);
  for (const year of years) {
    const rows = input.changes.filter((c) => c.year === year);
    const where = (c: CodeChange, field: string) => `${files.changes}: line ${c.line}, field "${field}"`;
    const outs = new Map<string, CodeChange[]>();
    const ins = new Map<string, CodeChange[]>();
    for (const c of rows) {
      const old = active.get(c.oldCode);
      need(old !== undefined, where(c, "old_code"), `a municipality in force on 1 January ${year - 1}`, c.oldCode);
      need(old!.name === c.oldName, where(c, "old_name"), `the name of ${c.oldCode} in ${year - 1}, ${JSON.stringify(old!.name)}`, c.oldName);
      outs.set(c.oldCode, [...(outs.get(c.oldCode) ?? []), c]);
      ins.set(c.newCode, [...(ins.get(c.newCode) ?? []), c]);
    }
    for (const [code, list] of ins) {
      need(!active.has(code) || outs.has(code), where(list[0], "new_code"), `a code not in use on 1 January ${year - 1} (or one that changes itself)`, code);
      need(new Set(list.map((c) => c.newName)).size === 1, where(list[0], "new_name"), `one name for ${code}`, list.map((c) => c.newName).join(" / "));
    }
    const received = new Map<string, Set<string>>();
    const receive = (code: string, atoms: Iterable<string>) => {
      const s = received.get(code) ?? new Set<string>();
      for (const a of atoms) s.add(a);
      received.set(code, s);
    };
    for (const [code, list] of outs) {
      const old = active.get(code)!;
      if (list.length === 1) {
        const c = list[0];
        need(c.kind !== "split", where(c, "kind"), "a split to be one of several rows for the old code", c.kind);
        need(c.kind !== "renumbering" || ins.get(c.newCode)!.length === 1, where(c, "kind"), "a renumbering to be the only row into its new code", c.kind);
        receive(c.newCode, old.atoms);
        continue;
      }
      for (const c of list) need(c.kind === "split", where(c, "kind"), `"split" on every row of a code with several new codes`, c.kind);
      const withParts = list.filter((c) => c.parts.length > 0);
      if (withParts.length > 0) {
        need(withParts.length === list.length, where(list[0], "parts"), "parts on every row of the split or on none", withParts.length);
        const seen = new Set<string>();
        for (const c of list) {
          for (const p of c.parts) {
            const u = unitIn(p.code, p.year);
            need(u !== undefined, where(c, "parts"), `a municipality in force in ${p.year}`, `${p.code}@${p.year}`);
            for (const a of u!.atoms) {
              need(old.atoms.has(a) && !seen.has(a), where(c, "parts"), `parts that divide the land of ${code} ${old.name}`, `${p.code}@${p.year}`);
              seen.add(a);
            }
            receive(c.newCode, u!.atoms);
          }
        }
        need(
          seen.size === old.atoms.size,
          where(list[0], "parts"),
          `parts that cover all of ${code} ${old.name}`,
          [...old.atoms].filter((a) => !seen.has(a)).join(" "),
        );
      } else {
        // Divide every atom of the old unit between the new codes, everywhere it occurs.
        const pieces = new Map<string, string[]>();
        for (const a of old.atoms)
          pieces.set(
            a,
            list.map((c) => `${a}/${c.newCode}@${year}`),
          );
        const refine = (atoms: Set<string>) => {
          for (const [a, ps] of pieces) if (atoms.delete(a)) for (const p of ps) atoms.add(p);
        };
        for (const u of [...done, ...active.values()]) if (u !== old) refine(u.atoms);
        for (const s of received.values()) refine(s);
        list.forEach((c, i) => {
          receive(
            c.newCode,
            [...pieces.values()].map((ps) => ps[i]),
          );
        });
        refine(old.atoms);
      }
    }
    for (const code of outs.keys()) {
      done.push(active.get(code)!);
      doneTo.push(year - 1);
      active.delete(code);
    }
    for (const [code, list] of ins) active.set(code, { code, name: list[0].newName, from: year, atoms: received.get(code)! });
  }
  const newestYear = years.length ? years[years.length - 1] : input.firstYear;
  const units: RegionUnit[] = [];
  const freeze = (b: Building, to: number | null, level: RegionLevel): RegionUnit => ({
    id: unitId(b.code, b.from, to),
    code: b.code,
    name: b.name,
    level,
    from: b.from,
    to,
    atoms: [...b.atoms].sort(),
  });
  done.forEach((b, i) => units.push(freeze(b, doneTo[i], "municipality")));
  for (const b of active.values()) units.push(freeze(b, null, "municipality"));
  const municipal = units.slice();

  // Counties: the land of their municipalities, one unit per run of years with the same land.
  const inForce = (u: RegionUnit, y: number) => (u.from === null || u.from <= y) && (u.to === null || u.to >= y);
  for (const c of input.counties) {
    const first = Math.max(c.from ?? input.firstYear, input.firstYear);
    const last = Math.min(c.to ?? newestYear, newestYear);
    let run: { from: number; atoms: string } | null = null;
    const close = (r: { from: number; atoms: string }, end: number) => {
      units.push({
        id: unitId(c.code, r.from === first && c.from === null ? null : r.from, end === last && c.to === null ? null : end),
        code: c.code,
        name: c.name,
        level: "county",
        from: r.from === first && c.from === null ? null : r.from,
        to: end === last && c.to === null ? null : end,
        atoms: r.atoms.split(" "),
      });
    };
    for (let y = first; y <= last; y++) {
      const atoms = municipal
        .filter((u) => inForce(u, y) && u.code.startsWith(c.code))
        .flatMap((u) => u.atoms)
        .sort();
      need(atoms.length > 0, `${files.counties}: line ${c.line}`, `municipalities with codes ${c.code}xx in ${y}`, "none");
      const key = atoms.join(" ");
      if (run && run.atoms !== key) {
        close(run, y - 1);
        run = null;
      }
      run ??= { from: y, atoms: key };
    }
    if (run) close(run, last);
  }
  // A divided atom was replaced everywhere by its pieces, so every atom left is a leaf.
  const leaves = [...new Set(municipal.flatMap((u) => u.atoms))].sort();
  units.push({ id: unitId("0", null, null), code: "0", name: "Hele landet", level: "country", from: null, to: null, atoms: leaves });

  const byCode = new Map<string, RegionUnit[]>();
  const byName = new Map<string, RegionUnit[]>();
  for (const u of units) {
    byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
    for (const k of nameKeys(u.name)) byName.set(k, [...(byName.get(k) ?? []), u]);
  }
  for (const alias of COUNTRY_ALIASES) byName.set(alias, [units[units.length - 1]]);
  return { units, changes: input.changes, firstYear: input.firstYear, newestYear, byCode, byName, files };
}

/** Other names for the whole country. */
export const COUNTRY_ALIASES: readonly string[] = ["hele landet", "landet", "norge", "i alt", "landet i alt", "norway", "the whole country"];

/** True when the unit's borders were in force on 1 January of `year`. */
export function inForce(unit: RegionUnit, year: number): boolean {
  return (unit.from === null || unit.from <= year) && (unit.to === null || unit.to >= year);
}

/** The units of a level in force on 1 January of `year`. */
export function unitsIn(history: CodeHistory, year: number, level: RegionLevel = "municipality"): RegionUnit[] {
  return history.units.filter((u) => u.level === level && inForce(u, year));
}
