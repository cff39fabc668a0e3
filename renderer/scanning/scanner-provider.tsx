import { useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { StationClientContext } from '../api/react/station-context';
import { createScanDispatch } from './scan-dispatch';
import { scanEventFromWedge } from './scan-event-from';
import { DEFAULT_SCANNER_PROFILE, type ScannerProfile } from './scanner-profile';
import { ScanDispatchContext } from './scanner-context';
import { listenForWedgeScans, wallClockOf } from './wedge-listener';

/**
 * Keeps the same profile object while its settings are unchanged, so a parent that builds a new
 * object on each render does not restart the wedge listener and drop the keys it holds.
 */
function useSameProfile(profile: ScannerProfile): ScannerProfile {
  const [kept, setKept] = useState(profile);
  if (kept !== profile && JSON.stringify(kept) !== JSON.stringify(profile)) {
    setKept(profile);
    return profile;
  }
  return kept;
}

/**
 * The one place scans enter the renderer: the keyboard wedge (a single document-level keydown
 * listener), serial scanners (the station's `scan.received` topic) and camera reads all go
 * through one dispatch to the screen that most recently asked for scans with `useScans`.
 * Outside a <StationProvider> only the wedge and the camera are heard.
 */
export function ScannerProvider({
  children,
  profile = DEFAULT_SCANNER_PROFILE,
}: {
  children: ReactNode;
  profile?: ScannerProfile;
}) {
  const [dispatch] = useState(createScanDispatch);
  const activeProfile = useSameProfile(profile);
  const client = useContext(StationClientContext);

  useEffect(
    () =>
      listenForWedgeScans(document, activeProfile, (wedgeScan) => {
        const scan = scanEventFromWedge(wedgeScan, wallClockOf);
        if (scan !== null) dispatch.dispatch(scan);
      }),
    [dispatch, activeProfile],
  );

  useEffect(() => {
    if (client === null) return undefined;
    return client.on('scan.received', (scan) => {
      dispatch.dispatch(scan);
    });
  }, [client, dispatch]);

  return <ScanDispatchContext.Provider value={dispatch}>{children}</ScanDispatchContext.Provider>;
}
