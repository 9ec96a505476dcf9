import Link from "next/link";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { currentUser } from "@/lib/server/auth/session";

export default async function HomePage() {
  const user = await currentUser();
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-semibold tracking-tight">Step-Down</h1>
      <p className="text-lg text-slate-700">
        The 4-3-2-1 lap step-down for a whole squad: targets from each athlete&apos;s 5K time,
        lap-by-lap timing at the track, and actual-against-target review across weeks.
      </p>
      <nav aria-label="Get started" className="flex flex-wrap gap-3">
        {user ? (
          <Link href="/dashboard" className={buttonPrimary}>
            Your squads
          </Link>
        ) : (
          <>
            <Link href="/sign-in" className={buttonPrimary}>
              Sign in
            </Link>
            <Link href="/sign-up" className={buttonSecondary}>
              Create a coach account
            </Link>
          </>
        )}
        <Link href="/calculator" className={buttonSecondary}>
          Target calculator
        </Link>
      </nav>
    </main>
  );
}
