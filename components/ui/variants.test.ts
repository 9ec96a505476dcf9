import { describe, expect, it } from "vitest";
import { buttonVariants } from "./button-variants";
import { cn } from "./cn";
import { noticeVariants } from "./notice-variants";
import { buttonDanger, buttonPrimary, buttonSecondary } from "./styles";

const classes = (list: string) => new Set(list.split(" "));

describe("buttonVariants", () => {
  it("keeps the old class-list names as the variants", () => {
    expect(buttonPrimary).toBe(buttonVariants({ variant: "primary" }));
    expect(buttonSecondary).toBe(buttonVariants({ variant: "secondary" }));
    expect(buttonDanger).toBe(buttonVariants({ variant: "danger" }));
    expect(classes(buttonSecondary)).toContain("border-slate-300");
    expect(classes(buttonDanger)).toContain("bg-red-700");
  });

  it("gives the large size its own height and padding, with nothing left to override", () => {
    const big = classes(buttonVariants({ size: "lg", className: "ml-auto" }));
    for (const c of ["min-h-14", "px-6", "text-lg", "ml-auto"]) expect(big).toContain(c);
    expect(big).not.toContain("min-h-11");
    expect(big).not.toContain("px-4");
  });
});

describe("noticeVariants", () => {
  it("frames a warning with a border and room, and tints it", () => {
    const warning = classes(noticeVariants({ tone: "warning", framed: true }));
    for (const c of ["border", "border-amber-700", "bg-amber-50", "p-3"])
      expect(warning).toContain(c);
    const error = classes(noticeVariants({ tone: "error" }));
    for (const c of ["bg-red-50", "text-red-800", "px-3", "py-2"]) expect(error).toContain(c);
    expect(error).not.toContain("border");
  });
});

describe("cn", () => {
  it("joins conditional classes and drops overridden ones", () => {
    expect(cn("px-4 py-2", false && "hidden", "px-6")).toBe("py-2 px-6");
  });
});
