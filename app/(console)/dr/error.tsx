"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function RecoveryError({ retry }: { retry: () => void }) {
  return <ErrorNotice what="This recovery page" retry={retry} />;
}
