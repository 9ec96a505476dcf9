import { dictionary } from "@zxcvbn-ts/language-common";

// zxcvbn-ts's list of ~49,000 passwords seen most often in breaches (OWASP ASVS 6.2.4 asks us
// to refuse the commonest ones). Built once per process, on first use.
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"]);
  return common.has(password.toLowerCase());
}
