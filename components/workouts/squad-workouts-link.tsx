import { paths } from "@/lib/paths";

/** The whole squad's watch workouts for one date, one zip (coaches only: the route checks). */
export function SquadWorkoutsLink({ squadId, date }: { squadId: string; date: string }) {
  return (
    <a
      href={paths.squadWorkoutsZip(squadId, date)}
      download
      className="text-brand-700 font-medium underline"
    >
      Download the squad&rsquo;s watch workouts (.zip)
    </a>
  );
}
