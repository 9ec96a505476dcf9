/** The analysis in plain sentences, in the engine's fixed order (completion first). */
export function FindingsList({ findings }: { findings: string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {findings.map((finding) => (
        <li key={finding}>{finding}.</li>
      ))}
    </ul>
  );
}
