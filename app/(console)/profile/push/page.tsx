import type { Metadata } from "next";
import { Card, PageTitle } from "@/components/ui/card";
import { myPushDevices } from "@/lib/server/push/mine";
import { requirePageCtx } from "@/lib/server/session";
import { DeviceList } from "./device-list";
import { ThisDevice } from "./this-device";

export const metadata: Metadata = { title: "Push notifications" };
export const dynamic = "force-dynamic";

// GET /profile/push — the signed-in person's browsers that get a notification when they are paged.
export default async function PushPage() {
  const ctx = await requirePageCtx("incident:read");
  const { devices, publicKey } = await myPushDevices(ctx);
  return (
    <>
      <PageTitle description="When you are paged, each device listed here shows a notification with an Acknowledge button, beside the e-mail.">
        Push notifications
      </PageTitle>
      <div className="max-w-3xl space-y-6">
        <Card title="Push notifications on this device" id="this-device">
          <ThisDevice publicKey={publicKey} endpoints={devices.map((d) => d.endpoint)} />
        </Card>
        <Card title="Your devices" id="devices">
          <DeviceList devices={devices.map(({ endpoint: _e, ...d }) => d)} />
        </Card>
      </div>
    </>
  );
}
