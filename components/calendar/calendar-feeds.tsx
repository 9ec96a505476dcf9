import { CardSection } from "@/components/ui/card-section";
import { longDay } from "@/lib/dates";
import type { Viewer } from "@/lib/server/auth/session";
import { listMyFeeds } from "@/lib/server/data/calendar-feeds";
import { FeedSubscribe } from "./feed-subscribe";

const day = (date: Date | null) => (date ? longDay(date.toISOString().slice(0, 10)) : null);

/**
 * The viewer's calendar feeds in a titled card: their own sessions (athletes), and with `squads`
 * one per squad they coach. The home page shows the first; account settings show them all.
 * Nothing at all for a viewer with no feed to offer.
 */
export async function CalendarFeeds({
  viewer,
  squads,
  title,
}: {
  viewer: Viewer;
  squads: boolean;
  title: string;
}) {
  const feeds = await listMyFeeds(viewer);
  if (!feeds) return null;
  const squadFeeds = squads ? feeds.squads : [];
  if (!feeds.isAthlete && squadFeeds.length === 0) return null;
  return (
    <CardSection id="calendar-feeds" title={title}>
      <div className="flex flex-col gap-6">
        {feeds.isAthlete ? (
          <FeedSubscribe squadId={null} label="Your sessions" since={day(feeds.athleteFeedSince)} />
        ) : null}
        {squadFeeds.map((squad) => (
          <FeedSubscribe
            key={squad.id}
            squadId={squad.id}
            label={`${squad.name}: every session`}
            since={day(squad.feedSince)}
          />
        ))}
      </div>
    </CardSection>
  );
}
