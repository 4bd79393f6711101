"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, type ActionState } from "@/lib/domain/action-state";
import { subscribePushAction } from "./actions";

type Support = "checking" | "unsupported" | "denied" | "off" | "on";

/** The VAPID public key as the bytes `applicationServerKey` takes. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

async function registration(): Promise<ServiceWorkerRegistration> {
  return (
    (await navigator.serviceWorker.getRegistration("/")) ?? navigator.serviceWorker.register("/sw.js", { scope: "/" })
  );
}

/** Whether this browser can subscribe, refused, or already is subscribed under one of `endpoints`. */
async function detect(endpoints: string[]): Promise<Support> {
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window))
    return "unsupported";
  if (Notification.permission === "denied") return "denied";
  try {
    const sub = await (await registration()).pushManager.getSubscription();
    return sub && endpoints.includes(sub.endpoint) ? "on" : "off";
  } catch {
    return "unsupported";
  }
}

const MESSAGES: Record<Exclude<Support, "off" | "on">, string> = {
  checking: "Checking whether this browser can show push notifications…",
  unsupported:
    "This browser cannot receive push notifications. On an iPhone or iPad, add Bridge to the Home Screen (Share → Add to Home Screen) and open it from there.",
  denied:
    "Notifications are blocked for Bridge in this browser. Allow them in the browser's site settings, then reload this page.",
};

/**
 * Asks for permission and subscribes this browser with the server's VAPID key, then saves the
 * subscription for the signed-in person. `endpoints` are the person's saved ones, to tell whether
 * this browser is among them.
 */
export function ThisDevice({ publicKey, endpoints }: { publicKey: string; endpoints: string[] }) {
  const router = useRouter();
  const [support, setSupport] = useState<Support>("checking");
  const [state, setState] = useState<ActionState>(initialActionState);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    let live = true;
    void detect(endpoints).then((found) => {
      if (live) setSupport(found);
    });
    return () => {
      live = false;
    };
  }, [endpoints]);

  async function turnOn() {
    setPending(true);
    try {
      if ((await Notification.requestPermission()) !== "granted") {
        setSupport("denied");
        return;
      }
      const reg = await registration();
      await navigator.serviceWorker.ready;
      // A subscription made with another key (the server's keys changed) cannot be reused.
      const old = await reg.pushManager.getSubscription();
      await old?.unsubscribe();
      const sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
      const result = await subscribePushAction({ ...sub.toJSON(), userAgent: navigator.userAgent });
      setState(result);
      if (result.ok) {
        setSupport("on");
        router.refresh();
      }
    } catch (error) {
      setState({ ok: false, message: `Could not turn on push notifications: ${String(error)}`, fieldErrors: {} });
    } finally {
      setPending(false);
    }
  }

  if (support !== "off" && support !== "on")
    return (
      <p
        role={support === "checking" ? undefined : "alert"}
        className="text-sm text-slate-700"
        data-testid="push-support"
      >
        {MESSAGES[support]}
      </p>
    );
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700" data-testid="push-support">
        {support === "on"
          ? "This device shows a notification when you are paged."
          : "This device does not get push notifications yet."}
      </p>
      <Button type="button" onClick={turnOn} disabled={pending} className="w-full sm:w-auto">
        {pending ? "Turning on…" : support === "on" ? "Subscribe this device again" : "Turn on push notifications"}
      </Button>
      <FormMessage state={state} />
    </div>
  );
}
