"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function AdminError({ retry }: { retry: () => void }) {
  return <ErrorNotice what="This admin page" retry={retry} />;
}
