import type { Prescription } from "@/lib/pacing";

export type Candidate = {
  assignmentId: string;
  name: string;
  lastDevice: string | null;
  prescription: Prescription;
};

export type Suggestion = { assignmentId: string; why: string } | null;

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2);

/**
 * Who a file most likely belongs to, in order of trust: the athlete's name in the file name
 * ("maya-intervals.fit"); else the only athlete who imported from this device before; else the
 * athlete whose rep targets the reading's rep times are closest to. Athletes already chosen for
 * another file are passed over.
 */
export function suggestAthlete(
  file: { name: string; device: string | null; repSeconds: (number | null)[] },
  candidates: Candidate[],
  taken: Set<string>,
): Suggestion {
  const free = candidates.filter((c) => !taken.has(c.assignmentId));
  const inName = new Set(words(file.name));
  const byName = free.filter((c) => words(c.name).some((w) => w.length >= 3 && inName.has(w)));
  if (byName.length === 1) return { assignmentId: byName[0]!.assignmentId, why: "name in file" };
  const byDevice = file.device ? free.filter((c) => c.lastDevice === file.device) : [];
  if (byDevice.length === 1)
    return { assignmentId: byDevice[0]!.assignmentId, why: `imported from ${file.device} before` };
  const ran = file.repSeconds.flatMap((s, k) => (s === null ? [] : [[k, s] as const]));
  if (ran.length === 0) return null;
  // Relative difference, so a 15:00 runner's second counts as much as a 30:00 runner's two.
  const gap = (c: Candidate) =>
    ran.reduce((sum, [k, s]) => {
      const target = c.prescription.reps[k]?.targetSeconds ?? s;
      return sum + Math.abs(Math.log(s / target));
    }, 0);
  const closest = [...free].sort((a, b) => gap(a) - gap(b))[0];
  return closest ? { assignmentId: closest.assignmentId, why: "closest to their targets" } : null;
}
