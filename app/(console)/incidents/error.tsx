"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function IncidentsError({ retry }: { retry: () => void }) {
  return <ErrorNotice what="The incidents" retry={retry} />;
}
