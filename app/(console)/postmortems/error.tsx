"use client";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function PostmortemsError({ retry }: { retry: () => void }) {
  return <ErrorNotice what="The postmortems" retry={retry} />;
}
