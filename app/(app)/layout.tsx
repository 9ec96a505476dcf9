import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireUser } from "@/lib/server/auth/session";

/**
 * Everything signed in: a user is required; each page still asks lib/server/authz for its objects.
 * No loading.tsx at this level: pages for one squad or athlete must be able to answer a real 404
 * (denied and missing alike), which a streamed response that has already sent 200 cannot.
 */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-dvh">
      <header className="no-print border-b border-slate-200 bg-white">
        <nav
          aria-label="Main"
          className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3"
        >
          <Link href="/dashboard" className="font-semibold tracking-tight">
            Step-Down
          </Link>
          <Link href="/dashboard" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
            Squads
          </Link>
          <Link href="/calculator" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
            Calculator
          </Link>
          <span className="ml-auto flex items-center gap-2">
            <Link href="/account" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
              {user.name}
            </Link>
            <SignOutButton userId={user.id} />
          </span>
        </nav>
      </header>
      <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-6">{children}</main>
    </div>
  );
}
