// Sends signed-out visitors of the console to /login. Only a redirect: every page, action and
// service checks the session and role again on the server.
import { withAuth } from "next-auth/middleware";

export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|status|api|_next|favicon.ico|forbidden|ack/).*)"],
};
