import { ROLE_LABELS, ROLES } from "@/lib/domain/roles";

/** Every role as an option, labelled for people. */
export function RoleOptions() {
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {ROLE_LABELS[r]}
    </option>
  ));
}
