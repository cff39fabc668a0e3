// @ts-check
/**
 * The import directions of ARCHITECTURE.md, checked on resolved paths so `../../electron/x` and
 * any other spelling are caught alike: renderer → shared; electron/station → shared;
 * electron/main and electron/host → electron/station; server → shared; nothing → renderer.
 */
export const boundaryZones = [
  {
    target: './shared',
    from: ['./electron', './renderer', './server'],
    message: 'shared/ is isomorphic: it imports nothing from the apps.',
  },
  {
    target: './renderer',
    from: ['./electron', './server'],
    message: 'The renderer reaches the station only through the contract client.',
  },
  {
    target: './electron/station',
    from: ['./electron/main', './electron/preload', './electron/host', './renderer', './server'],
    message: 'The station backend is plain Node and knows no transport.',
  },
  {
    target: './electron/host',
    from: ['./electron/main', './electron/preload', './renderer', './server'],
    message: 'The browser host uses only the station backend.',
  },
  {
    target: './electron/main',
    from: ['./electron/host', './renderer', './server'],
    message: 'Electron main uses only the station backend.',
  },
  {
    target: './electron/preload',
    from: ['./electron/main', './electron/station', './electron/host', './renderer', './server'],
    message: 'The preload exposes the contract bridge and nothing else.',
  },
  {
    target: './server',
    from: ['./electron', './renderer'],
    message: 'The head office shares only shared/ with the station.',
  },
];
