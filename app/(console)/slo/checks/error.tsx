"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function HealthChecksError({ retry }: { retry: () => void }) {
  return <ErrorNotice what="This health-check page" retry={retry} />;
}
