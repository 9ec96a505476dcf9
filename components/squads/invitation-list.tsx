import { longDay } from "@/lib/dates";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { revokeInvitation } from "@/lib/server/actions/revoke-invitation";
import type { SquadView } from "@/lib/server/data/squads";

export function InvitationList({ invitations }: { invitations: SquadView["invitations"] }) {
  if (invitations.length === 0) return <p className="text-slate-700">No open invitations.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {invitations.map((i) => (
        <li
          key={i.id}
          className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between"
        >
          <span>
            <span className="font-medium">
              {i.athleteProfile
                ? `Login for ${i.athleteProfile.name}`
                : i.role === "COACH"
                  ? "Assistant coach"
                  : "Athlete"}
            </span>
            <span className="block text-sm text-slate-600">
              {i.email ? `for ${i.email} · ` : ""}expires{" "}
              {longDay(i.expiresAt.toISOString().slice(0, 10))} · used {i.uses}
              {i.maxUses ? ` of ${i.maxUses}` : ""} time{i.uses === 1 ? "" : "s"}
            </span>
          </span>
          <ConfirmAction
            action={revokeInvitation}
            fields={{ invitationId: i.id }}
            label="Withdraw"
            confirmLabel="Yes, withdraw it"
            question="Withdraw this invitation? Its link stops working at once."
          />
        </li>
      ))}
    </ul>
  );
}
