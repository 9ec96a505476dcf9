/**
 * A count and its noun: "1 lap", "3 laps", "0 laps". The plural is the noun and an "s" unless
 * given ("1 result is" / "2 results are" reads as one phrase). Pure, so the coaching rules in
 * lib/pacing use it too.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
