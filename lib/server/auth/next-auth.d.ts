import "next-auth";
import "next-auth/jwt";

// What options.ts adds to next-auth's session and token: the user id and session version.
declare module "next-auth" {
  interface Session {
    userId?: string;
    sv?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
  }
}
