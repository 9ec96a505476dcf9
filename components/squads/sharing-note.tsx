/**
 * Says to everyone in the squad whether teammates see each other's results, so nobody (least of
 * all a young athlete's parent) has to guess. Coaches change it under Settings.
 */
export function SharingNote({ shared, isCoach }: { shared: boolean; isCoach: boolean }) {
  return (
    <p className="mb-3 text-sm text-slate-700">
      {"Teammates' results: "}
      <strong className="font-medium">
        {shared ? "shared within the squad" : "private to each athlete and the coaches"}
      </strong>
      {isCoach ? (
        <>
          {" "}
          (
          <a href="#settings" className="text-brand-700 underline">
            change
          </a>
          )
        </>
      ) : null}
    </p>
  );
}
