/**
 * Portrait with small margins, on whatever paper the printer has (A4 or US letter): @page cannot
 * be written as a Tailwind utility, so the sheet page carries this one rule itself.
 */
export function PrintPageStyle() {
  return <style>{"@page { size: portrait; margin: 10mm; }"}</style>;
}
