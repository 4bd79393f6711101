"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function SloSettingsError({ retry }: { retry: () => void }) {
  return <ErrorNotice what="This SLO's settings" retry={retry} />;
}
