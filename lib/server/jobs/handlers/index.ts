import "server-only";
import type { Ctx } from "../../context";
import { handleDeliver } from "./deliver";
import { handleEscalate } from "./escalate";
import { handleObligation } from "./obligation";

export const HANDLERS: Record<string, (ctx: Ctx, payload: unknown) => Promise<void>> = {
  escalate: handleEscalate,
  obligation: handleObligation,
  deliver: handleDeliver,
};
