"use client";

import { useRouter } from "next/navigation";
import type { KeyboardEvent, MouseEvent } from "react";

export type PointProps = {
  cx?: number | null;
  cy?: number | null;
  index: number;
  href: string;
  label: string;
  /** Roving tabindex: one point per chart is in the Tab order; arrows move between them. */
  tabbable: boolean;
  /** A triangle instead of a circle, so a flagged point is not told by colour alone. */
  flagged?: boolean;
  onMove: (from: number, key: string) => void;
};

/**
 * A chart point that is a link to its session: click or tap opens it, Tab reaches it, Enter opens
 * it, arrow keys (and Home/End) move to the chart's other points.
 */
export function ProgressPoint({
  cx,
  cy,
  index,
  href,
  label,
  tabbable,
  flagged,
  onMove,
}: PointProps) {
  const router = useRouter();
  if (cx == null || cy == null) return <g />;
  const open = (event: MouseEvent | KeyboardEvent) => {
    if ("metaKey" in event && (event.metaKey || event.ctrlKey || event.shiftKey)) return;
    event.preventDefault();
    router.push(href);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter") open(event);
    else if (
      ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"].includes(event.key)
    ) {
      event.preventDefault();
      onMove(index, event.key);
    }
  };
  return (
    <a
      href={href}
      aria-label={label}
      tabIndex={tabbable ? 0 : -1}
      data-point={index}
      onClick={open}
      onKeyDown={onKeyDown}
      className="group cursor-pointer outline-none"
    >
      {/* A generous invisible target for fingers; the ring shows where keyboard focus is. */}
      <circle cx={cx} cy={cy} r={14} fill="transparent" />
      <circle
        cx={cx}
        cy={cy}
        r={10}
        fill="none"
        strokeWidth={3}
        className="stroke-brand-600 opacity-0 group-focus-visible:opacity-100"
      />
      {flagged ? (
        <path
          d={`M${cx - 6},${cy - 4} L${cx + 6},${cy - 4} L${cx},${cy + 6} Z`}
          className="fill-red-700"
        />
      ) : (
        <circle cx={cx} cy={cy} r={5} className="fill-brand-700 stroke-white" strokeWidth={1.5} />
      )}
    </a>
  );
}

/** The index a key moves to among the points that have a value. */
export function nextPoint(present: number[], from: number, key: string): number {
  const at = present.indexOf(from);
  if (key === "Home") return present[0] ?? from;
  if (key === "End") return present.at(-1) ?? from;
  const step = key === "ArrowLeft" || key === "ArrowUp" ? -1 : 1;
  return present[Math.min(present.length - 1, Math.max(0, at + step))] ?? from;
}
