import type { Db } from "@/lib/database/client";
import type { ActionState } from "@/lib/action-state";
import type { ActionCase, ActionEntry, Invokable, ReadEntry } from "./authz-registry";
import { nobody } from "./rules";
import { changedParts, snapshotWorld } from "./snapshot";
import { viewerOf, type PersonaName, type Target, type World } from "./world";

export type Outcome = "allow" | "deny" | "invalid input" | "threw";

export type Cell = {
  name: string;
  persona: PersonaName;
  target: Target;
  expected: "allow" | "deny";
  outcome: Outcome;
  /** ok: true — the write really happened (an allow may also be refused for a reason). */
  succeeded: boolean;
  /** Whether the rules say an allowed persona's write must go through (true) or be refused with
   *  a reason (false); undefined where they do not say. */
  mustSucceed?: boolean;
  detail?: string;
  /** For a refused write: parts of the world it changed anyway. */
  changed?: string[];
  /** The squad an object action did not target, when it changed: a write past its object. */
  leaked?: string;
};

export type ActionRow = { name: string; entry: ActionEntry; case: ActionCase };

/** One row per entry and per variant: "create-invitation", "create-invitation (coach role)". */
export function actionRows(registry: Record<string, ActionEntry>): ActionRow[] {
  return Object.entries(registry).flatMap(([file, entry]) => [
    { name: file, entry, case: entry },
    ...Object.entries(entry.variants ?? {}).map(([label, variant]) => ({
      name: `${file} (${label})`,
      entry,
      case: variant,
    })),
  ]);
}

function classify(result: ActionState & { inputRejected?: true }): Outcome {
  if (result.ok) return "allow";
  if (result.code === "not_found") return "deny";
  // Input its schema rejects never reached authorization: a broken row, not an allow.
  if (result.inputRejected) return "invalid input";
  return "allow"; // authorized, then refused for a reason the user is told
}

/**
 * Runs one action as one persona. A refused write must leave both squads and the users alone;
 * an action on one squad's object must leave the other squad alone whatever it answers.
 */
export async function runActionCell(
  db: Db,
  world: World,
  row: ActionRow,
  persona: PersonaName,
  target: Target,
): Promise<Cell> {
  const viewer = viewerOf(world, persona);
  const expected = row.case.allowed(persona, target, world.sharing) ? "allow" : "deny";
  // An always-refused input (one squad's id mixed with another's) must never get through.
  const succeeds = row.case.succeeds ?? (row.case.alwaysRefused ? nobody : undefined);
  const mustSucceed = succeeds?.(persona, target, world.sharing);
  const base = { name: row.name, persona, target, expected, mustSucceed } as const;
  const before = await snapshotWorld(db, world);
  try {
    const action: Invokable = row.entry.action;
    const result = await action.invoke(viewer, row.case.input(world, target, viewer));
    const changed = changedParts(before, await snapshotWorld(db, world));
    const untargeted = target === "same" ? "squad B" : "squad A";
    return {
      ...base,
      outcome: classify(result),
      succeeded: result.ok,
      detail: result.ok ? undefined : JSON.stringify(result.fieldErrors ?? result.message),
      changed: result.ok ? [] : changed,
      leaked: row.entry.scope === "object" && changed.includes(untargeted) ? untargeted : undefined,
    };
  } catch (error) {
    return { ...base, outcome: "threw", succeeded: false, detail: String(error) };
  }
}

export async function runReadCell(
  world: World,
  name: string,
  entry: Extract<ReadEntry, { read: unknown }>,
  persona: PersonaName,
  target: Target,
): Promise<Cell> {
  const expected = entry.allowed(persona, target, world.sharing) ? "allow" : "deny";
  const shared = world.sharing ? ", sharing on" : "";
  const base = { name: `read ${name}${shared}`, persona, target, expected } as const;
  try {
    const visible = await entry.read(viewerOf(world, persona), world, target);
    return { ...base, outcome: visible ? "allow" : "deny", succeeded: visible };
  } catch (error) {
    return { ...base, outcome: "threw", succeeded: false, detail: String(error) };
  }
}

export type Verdict = "unexpected allow" | "unexpected deny" | "broken";

/**
 * Why a cell fails, or null. A write that reached the squad it did not target, or a refused write
 * that changed rows for a persona the rules deny, got through: an allow; so did a write that
 * succeeded where the rules say it must be refused with a reason (an old link after a removal). A refusal that left half
 * a write behind for a persona the rules allow is a bug, but not an authorization one.
 */
export function verdict(cell: Cell): Verdict | null {
  if (cell.outcome === "threw" || cell.outcome === "invalid input") return "broken";
  const changed = (cell.changed?.length ?? 0) > 0;
  if (cell.leaked) return "unexpected allow";
  if (cell.expected === "deny")
    return cell.outcome === "allow" || changed ? "unexpected allow" : null;
  if (cell.outcome === "deny") return "unexpected deny";
  if (cell.mustSucceed === false && cell.succeeded) return "unexpected allow";
  if (cell.mustSucceed === true && !cell.succeeded) return "unexpected deny";
  return changed ? "broken" : null;
}

export const describeCell = (cell: Cell) =>
  `${cell.name} as ${cell.persona} on ${cell.target === "same" ? "squad A" : "squad B"}: ` +
  `expected ${cell.expected}` +
  (cell.mustSucceed === undefined ? "" : cell.mustSucceed ? " (to succeed)" : " (refused)") +
  `, got ${cell.outcome}${cell.succeeded ? " (succeeded)" : ""}` +
  (cell.changed?.length ? ` but changed ${cell.changed.join(", ")}` : "") +
  (cell.leaked ? `, and wrote to ${cell.leaked}` : "") +
  (cell.detail ? ` (${cell.detail})` : "");
