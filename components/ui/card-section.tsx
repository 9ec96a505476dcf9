import type { ReactNode } from "react";
import { cn } from "./cn";
import { card } from "./styles";

/**
 * A page's card: a region named by its heading, so screen readers list it among the page's
 * landmarks ("Rep by rep", "5K marks"). `className` adds to the card (print rules, layout) and
 * wins where it conflicts (a server component: tailwind-merge stays off the client).
 */
export function CardSection({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={cn(card, className)}>
      <h2 id={id} className="mb-2 text-lg font-medium">
        {title}
      </h2>
      {children}
    </section>
  );
}
