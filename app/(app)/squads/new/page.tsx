import type { Metadata } from "next";
import { SquadForm } from "@/components/squads/squad-form";
import { card } from "@/components/ui/styles";
import { createSquad } from "@/lib/server/actions/create-squad";

export const metadata: Metadata = { title: "New squad" };

export default function NewSquadPage() {
  return (
    <>
      <h1 className="text-2xl font-semibold">New squad</h1>
      <div className={card}>
        <SquadForm action={createSquad} submitLabel="Create squad" />
      </div>
    </>
  );
}
