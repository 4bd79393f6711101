"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function ActionItemsError({ retry }: { retry: () => void }) {
  return <ErrorNotice what="The action items" retry={retry} />;
}
