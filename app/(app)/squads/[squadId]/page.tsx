import { paths } from "@/lib/paths";
import { CardSection } from "@/components/ui/card-section";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SquadLinks } from "@/components/schedule/squad-links";
import { AddAthleteForm } from "@/components/squads/add-athlete-form";
import { AthleteList } from "@/components/squads/athlete-list";
import { FormerAthletes } from "@/components/squads/former-athletes";
import { CoachList } from "@/components/squads/coach-list";
import { DeleteSquadForm } from "@/components/squads/delete-squad-form";
import { InvitationList } from "@/components/squads/invitation-list";
import { InviteForm } from "@/components/squads/invite-form";
import { SharingNote } from "@/components/squads/sharing-note";
import { SquadForm } from "@/components/squads/squad-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { leaveSquad } from "@/lib/server/actions/leave-squad";
import { updateSquad } from "@/lib/server/actions/update-squad";
import { requireUser } from "@/lib/server/auth/session";
import { getSquad } from "@/lib/server/data/squads";
import { mailConfigured } from "@/lib/server/mail";

export const metadata: Metadata = { title: "Squad" };

export default async function SquadPage({ params }: { params: Promise<{ squadId: string }> }) {
  const { squadId } = await params;
  const squad = await getSquad(await requireUser(paths.squad(squadId)), squadId);
  if (!squad) notFound();
  const isCoach = squad.role !== "ATHLETE";
  const isHead = squad.role === "HEAD_COACH";
  // Without sharing an athlete's list holds only their own row (see getSquad).
  const onlyOwn = !isCoach && !squad.shareResults;
  return (
    <>
      <h1 className="text-2xl font-semibold">{squad.name}</h1>
      <SquadLinks squadId={squad.id} isCoach={isCoach} />
      <CardSection
        id="athletes"
        title={onlyOwn ? "Your athlete profile" : `Athletes (${squad.athletes.length})`}
      >
        <SharingNote shared={squad.shareResults} isCoach={isCoach} />
        <AthleteList squad={squad} />
        {isCoach ? (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <AddAthleteForm squadId={squad.id} />
          </div>
        ) : null}
        <FormerAthletes athletes={squad.formerAthletes} />
      </CardSection>
      {isCoach ? (
        <CardSection id="invite" title="Invite">
          <InviteForm
            squadId={squad.id}
            canInviteCoaches={isHead}
            emailConfigured={mailConfigured()}
          />
          <h3 className="mt-6 mb-1 font-medium">Open invitations</h3>
          <InvitationList invitations={squad.invitations} />
        </CardSection>
      ) : null}
      <CardSection id="coaches" title="Coaches">
        <CoachList squad={squad} />
      </CardSection>
      {isCoach ? (
        <CardSection id="settings" title="Settings">
          <SquadForm
            action={updateSquad}
            squad={{
              id: squad.id,
              name: squad.name,
              units: squad.units,
              shareResults: squad.shareResults,
              startTime: squad.startTime,
              prediction: squad.prediction,
            }}
            submitLabel="Save settings"
          />
        </CardSection>
      ) : null}
      <CardSection id="leave" title={isHead ? "Delete squad" : "Leave squad"}>
        {isHead ? (
          <DeleteSquadForm squadId={squad.id} name={squad.name} />
        ) : (
          <ConfirmAction
            action={leaveSquad}
            fields={{ squadId: squad.id }}
            label="Leave this squad"
            confirmLabel="Yes, leave"
            question={`Leave ${squad.name}? You lose access at once; your history stays with the squad.`}
          />
        )}
      </CardSection>
    </>
  );
}
