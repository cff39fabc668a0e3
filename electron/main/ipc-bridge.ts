import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { IPC_INVOKE_CHANNEL, IPC_PUSH_CHANNEL, topics } from '../../shared/contract';
import type { Logger } from '../station/logger';
import type { Station } from '../station/station';
import { createInvokeHandler } from './invoke-handler';
import { forwardTopics } from './push-forwarding';
import type { RendererLocation } from './renderer-location';
import { isTrustedSender } from './sender-policy';

function senderFacts(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null };
}

/** Windows currently showing the app's page: the ones that may receive pushes. */
function appWindows(location: RendererLocation): BrowserWindow[] {
  return BrowserWindow.getAllWindows().filter(
    (window) =>
      !window.isDestroyed() &&
      isTrustedSender({ url: window.webContents.mainFrame.url, isMainFrame: true }, location),
  );
}

/**
 * Carries the contract over Electron IPC: calls in on IPC_INVOKE_CHANNEL, pushes out on
 * IPC_PUSH_CHANNEL. Returns a function that takes it all down again.
 */
export function connectIpcBridge(
  station: Station,
  location: RendererLocation,
  logger: Logger,
): () => void {
  const handle = createInvokeHandler({
    invoke: (method, input) => station.invoke(method, input),
    logger,
  });
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, method: unknown, input: unknown) =>
    handle(isTrustedSender(senderFacts(event), location), method, input),
  );

  const stopForwarding = forwardTopics(
    (topic, listener) => station.subscribe(topic, listener),
    Object.keys(topics),
    (topic, payload) => {
      for (const window of appWindows(location)) {
        window.webContents.send(IPC_PUSH_CHANNEL, topic, payload);
      }
    },
  );
  station.attachTransport({ kind: 'ipc', clients: () => appWindows(location).length });

  return () => {
    stopForwarding();
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
  };
}
