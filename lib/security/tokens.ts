import { createHash, randomBytes } from "node:crypto";

/** 192 random bits: unguessable, URL-safe. */
export const newToken = () => randomBytes(24).toString("base64url");

/** Only this hash is stored, so a copy of the database holds no working invitation links. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
