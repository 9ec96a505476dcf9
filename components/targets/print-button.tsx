"use client";

/** The browser's own print dialog; hidden from the printout itself by `no-print`. */
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
