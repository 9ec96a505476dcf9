/**
 * The header row every time table here shares: small caps labels, a rule beneath. A column is
 * a label, or { label, plain: true } to keep its case ("+/− s").
 */
export function TableHead({
  columns,
  roomy = false,
}: {
  columns: (string | { label: string; plain: true })[];
  roomy?: boolean;
}) {
  const y = roomy ? "py-2" : "py-1";
  return (
    <thead>
      <tr className="border-b border-slate-300 text-xs tracking-wide text-slate-600 uppercase">
        {columns.map((column, i) => {
          const label = typeof column === "string" ? column : column.label;
          const x = i === 0 ? "pr-2" : i === columns.length - 1 ? "pl-2" : "px-2";
          const plain = typeof column === "string" ? "" : " normal-case";
          return (
            <th key={label} scope="col" className={`${y} ${x} font-medium${plain}`}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
