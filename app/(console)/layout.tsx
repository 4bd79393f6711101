import Link from "next/link";
import type { ReactNode } from "react";
import { CollapsibleNav } from "@/components/shell/collapsible-nav";
import { DeclareDialog } from "@/components/shell/declare-dialog";
import { HydrationMarker } from "@/components/shell/hydration-marker";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { NavLink } from "@/components/shell/nav-link";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { can, ROLE_LABELS } from "@/lib/domain/roles";
import { actingUserId } from "@/lib/server/context";
import { countUnread } from "@/lib/server/inbox/list";
import { commanderChoices, componentChoices } from "@/lib/server/incidents/choices";
import { requirePageCtx } from "@/lib/server/session";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const ctx = await requirePageCtx();
  const items = NAV_ITEMS.filter((item) => can(ctx.actor.role, item.permission));
  const declare = can(ctx.actor.role, "incident:declare")
    ? await Promise.all([componentChoices(ctx), commanderChoices(ctx)])
    : null;
  const unread = await countUnread(ctx);
  return (
    <div className="min-h-screen md:flex print:block">
      <HydrationMarker />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 print:hidden"
      >
        Skip to content
      </a>
      {/* Printed pages (a postmortem's print view) carry the document only, not the console around it. */}
      <aside className="bg-slate-900 md:w-60 md:shrink-0 print:hidden">
        <CollapsibleNav
          unread={unread}
          declare={
            declare ? (
              <DeclareDialog components={declare[0]} commanders={declare[1]} me={actingUserId(ctx) ?? ""} />
            ) : null
          }
        >
          <nav aria-label="Main" className="space-y-1 px-2">
            {items.map((item) => (
              <NavLink
                key={item.href}
                href={item.href}
                label={item.label}
                count={item.href === "/inbox" ? unread : undefined}
              />
            ))}
          </nav>
          <div className="mt-6 border-t border-slate-800 px-4 py-4 text-sm text-slate-300" data-testid="current-user">
            <p className="font-medium text-white">{ctx.actor.label}</p>
            <p>{ROLE_LABELS[ctx.actor.role]}</p>
            <p className="mt-1">
              <Link href="/profile/subscription" className="text-slate-300 underline hover:text-white">
                My status updates
              </Link>
            </p>
            <div className="mt-2">
              <SignOutButton />
            </div>
          </div>
        </CollapsibleNav>
      </aside>
      <main id="main" className="min-w-0 flex-1 p-4 sm:p-6 md:p-8 print:p-0">
        {children}
      </main>
    </div>
  );
}
