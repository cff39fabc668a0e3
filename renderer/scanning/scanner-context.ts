import { createContext, useContext } from 'react';
import type { ScanDispatch } from './scan-dispatch';

/** The scan dispatch of the nearest <ScannerProvider>, or null outside one. */
export const ScanDispatchContext = createContext<ScanDispatch | null>(null);

export function useScanDispatch(): ScanDispatch {
  const dispatch = useContext(ScanDispatchContext);
  if (dispatch === null) throw new Error('useScans needs a <ScannerProvider> above it');
  return dispatch;
}
