'use client';

import { createContext, useContext, type ReactNode } from 'react';

export interface Viewer {
  id: string;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
  role: 'ADMIN' | 'USER';
}

const ViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: Viewer | null; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in person, or null on public pages. */
export function useViewer(): Viewer | null {
  return useContext(ViewerContext);
}
