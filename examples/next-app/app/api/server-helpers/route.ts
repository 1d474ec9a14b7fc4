// Every helper of @aukio/react/server, run in a route handler (see lib/serverHelperChecks.ts).
import { runServerHelpers } from '../../../lib/serverHelperChecks';

export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json(runServerHelpers());
}
