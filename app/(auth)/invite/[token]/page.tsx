import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/squads/accept-invitation-form";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import { currentUser } from "@/lib/server/auth/session";
import { checkInvitation } from "@/lib/server/data/invitations";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

const ROLE = { ATHLETE: "an athlete", COACH: "an assistant coach", HEAD_COACH: "a coach" } as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const check = await checkInvitation(token);
  if (!check.ok) {
    return (
      <div className={card} role="alert">
        <h1 className="text-xl font-semibold">This invitation cannot be used</h1>
        <p className="mt-2 text-slate-700">{check.reason}</p>
      </div>
    );
  }
  const { invitation } = check;
  const user = await currentUser();
  const back = encodeURIComponent(`/invite/${token}`);
  return (
    <div className={`${card} flex flex-col gap-4`}>
      <h1 className="text-xl font-semibold">Join {invitation.squadName}</h1>
      <p className="text-slate-700">
        You are invited to join <strong>{invitation.squadName}</strong> as {ROLE[invitation.role]}.
      </p>
      {user ? (
        <AcceptInvitationForm token={token} squadName={invitation.squadName} />
      ) : (
        <div className="flex flex-wrap gap-3">
          <Link className={buttonPrimary} href={`/sign-up?callbackUrl=${back}`}>
            Create an account
          </Link>
          <Link className={buttonSecondary} href={`/sign-in?callbackUrl=${back}`}>
            Sign in
          </Link>
        </div>
      )}
    </div>
  );
}
