"use client";

/** Free-text notes on the session (how it felt, the weather); Enter is a new line here. */
export function NotesField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="field-notes" className="font-medium text-slate-800">
        Notes (optional)
      </label>
      <textarea
        id="field-notes"
        name="notes"
        rows={3}
        maxLength={2000}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "field-notes-error" : undefined}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600"
      />
      {error ? (
        <p id="field-notes-error" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
