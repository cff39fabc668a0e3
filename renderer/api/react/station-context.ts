import { createContext, useContext } from 'react';
import type { StationClient } from '../station-client';

export const StationClientContext = createContext<StationClient | null>(null);

export function useStationClient(): StationClient {
  const client = useContext(StationClientContext);
  if (!client) throw new Error('useStationClient needs a <StationProvider> above it');
  return client;
}
