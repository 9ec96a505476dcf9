import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

/**
 * What the browser would do with the answer: resolve it against the app's own address. Every
 * value the function lets through must stay on the app.
 */
const landsOn = (path: string) => new URL(path, "https://stepdown.example").origin;

describe("safeCallbackPath", () => {
  it("keeps a path on the app, with its query and fragment", () => {
    expect(safeCallbackPath("/squads/abc/stopwatch?date=2026-12-01")).toBe(
      "/squads/abc/stopwatch?date=2026-12-01",
    );
    expect(safeCallbackPath("/invite/tok#join")).toBe("/invite/tok#join");
    expect(safeCallbackPath(["/account", "//evil.example"])).toBe("/account");
  });

  it("falls back for nothing, a relative path or another site", () => {
    expect(safeCallbackPath(undefined)).toBe("/dashboard");
    expect(safeCallbackPath("")).toBe("/dashboard");
    expect(safeCallbackPath([])).toBe("/dashboard");
    expect(safeCallbackPath("dashboard")).toBe("/dashboard");
    expect(safeCallbackPath("https://evil.example/")).toBe("/dashboard");
    expect(safeCallbackPath("//evil.example")).toBe("/dashboard");
    expect(safeCallbackPath("///evil.example")).toBe("/dashboard");
    expect(safeCallbackPath("/sign-in", "/")).toBe("/sign-in");
    expect(safeCallbackPath("//evil.example", "/")).toBe("/");
  });

  // Browsers strip tab, CR and LF anywhere in a URL: "/\t/evil.example" is "//evil.example".
  it.each([
    ["tab", "/\t/evil.example"],
    ["newline", "/\n/evil.example"],
    ["carriage return", "/\r/evil.example"],
    ["tab at the start", "\t//evil.example"],
    ["NUL", "/\u0000/evil.example"],
    ["DEL", "/\u007f/evil.example"],
    ["backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["backslash later on", "/a/\\evil.example"],
    ["javascript:", "javascript:alert(document.cookie)"],
    ["javascript: after a slash", "/\tjavascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["dot segments up to a host", "/a/../..//evil.example"],
  ])("refuses a %s", (_, value) => {
    expect(safeCallbackPath(value)).toBe("/dashboard");
  });

  // What arrives already decoded once by the query string: the encoded forms stay inert text.
  it.each([
    ["encoded slashes", "/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["an encoded backslash", "/%5Cevil.example", "/%5Cevil.example"],
    ["an encoded tab", "/%09/evil.example", "/%09/evil.example"],
    ["an encoded newline", "/%0A/evil.example", "/%0A/evil.example"],
  ])("keeps %s as a path on the app", (_, value, expected) => {
    const path = safeCallbackPath(value);
    expect(path).toBe(expected);
    expect(landsOn(path)).toBe("https://stepdown.example");
  });

  it("refuses encoded forms that are not paths at all", () => {
    expect(safeCallbackPath("%2F%2Fevil.example")).toBe("/dashboard");
    expect(safeCallbackPath("%2F%09%2Fevil.example")).toBe("/dashboard");
  });

  it("refuses the raw sign-in link of the report once the query string is decoded", () => {
    const callbackUrl = new URLSearchParams("callbackUrl=%2F%09%2Fevil.example").get("callbackUrl");
    expect(callbackUrl).toBe("/\t/evil.example");
    expect(safeCallbackPath(callbackUrl ?? undefined)).toBe("/dashboard");
  });

  it("never answers anything that leaves the app", () => {
    const samples = [
      "/ok",
      "/\t/x.example",
      "//x.example",
      "/\\x.example",
      "/%2F/x.example",
      "/..//x.example",
      "/./x",
      "/?next=//x.example",
      "/#//x.example",
    ];
    for (const value of samples)
      expect(landsOn(safeCallbackPath(value)), value).toBe("https://stepdown.example");
  });
});
