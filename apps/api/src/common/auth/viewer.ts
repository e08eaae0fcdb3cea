import { type UserRole } from '@tributary/db';

/** The signed-in person making a request. */
export interface Viewer {
  id: string;
  handle: string;
  role: UserRole;
  /** The session the request was authenticated with. */
  sessionId: string;
}
