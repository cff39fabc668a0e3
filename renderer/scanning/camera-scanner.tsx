import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCamera } from '@tabler/icons-react';
import { BrowserMultiFormatReader, type IScannerControls } from '@zxing/browser';
import { DecodeHintType } from '@zxing/library';
import { useContext, useEffect, useRef, useState } from 'react';
import type { ScanEvent } from '../../shared/scanning/scan-event';
import { cameraProblemMessage, NO_CAMERA_MESSAGE } from './camera-errors';
import { scanEventFromCamera } from './scan-event-from';
import { ScanDispatchContext } from './scanner-context';

/** GS1-128 then reads as "]C1…" with GS between fields, as a wedge scanner types it. */
const DECODE_HINTS = new Map<DecodeHintType, unknown>([[DecodeHintType.ASSUME_GS1, true]]);

function hasCameraApi(): boolean {
  return typeof navigator !== 'undefined' && navigator.mediaDevices?.getUserMedia !== undefined;
}

/** The live picture, decoding until one barcode is read; mounted only while the dialog is open. */
function CameraView({
  onRead,
  onProblem,
}: {
  onRead: (scan: ScanEvent) => void;
  onProblem: (message: string) => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const latest = useRef({ onRead, onProblem });
  useEffect(() => {
    latest.current = { onRead, onProblem };
  });

  useEffect(() => {
    const element = video.current;
    if (element === null) return undefined;
    if (!hasCameraApi()) {
      latest.current.onProblem(NO_CAMERA_MESSAGE);
      return undefined;
    }
    let controls: IScannerControls | null = null;
    // Set once read or closed: the decoder calls back again before `stop` takes effect.
    let finished = false;
    const reader = new BrowserMultiFormatReader(DECODE_HINTS);
    reader
      .decodeFromVideoDevice(undefined, element, (result, _error, running) => {
        if (finished || result === undefined) return;
        const scan = scanEventFromCamera(result.getText(), result.getBarcodeFormat(), new Date());
        if (scan === null) return;
        finished = true;
        running.stop();
        latest.current.onRead(scan);
      })
      .then((started) => {
        if (finished) started.stop();
        else controls = started;
      })
      .catch((error: unknown) => {
        if (!finished) latest.current.onProblem(cameraProblemMessage(error));
      });
    return () => {
      finished = true;
      controls?.stop();
    };
  }, []);

  return (
    <video
      ref={video}
      muted
      playsInline
      data-testid="camera-preview"
      style={{ width: '100%', borderRadius: 8, background: '#000' }}
    />
  );
}

/**
 * Opens the camera, reads one barcode and closes. The scan goes to `onScan` when given, else
 * into the scanner dispatch, where the screen taking scans gets it as if it came from a scanner.
 */
export function CameraScanButton(props: { onScan?: (scan: ScanEvent) => void }) {
  const dispatch = useContext(ScanDispatchContext);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const start = (): void => {
    setProblem(hasCameraApi() ? null : NO_CAMERA_MESSAGE);
    setOpen(true);
  };
  const close = (): void => {
    setOpen(false);
  };
  const read = (scan: ScanEvent): void => {
    setOpen(false);
    if (props.onScan !== undefined) props.onScan(scan);
    else dispatch?.dispatch(scan);
  };

  return (
    <>
      <Button variant="default" leftSection={<IconCamera size={20} />} onClick={start}>
        Scan with camera
      </Button>
      <Modal opened={open} onClose={close} title="Scan with camera" size="lg">
        <Stack gap="md">
          {problem === null ? (
            <>
              <Text>Hold the barcode inside the picture. The camera closes once it is read.</Text>
              <CameraView onRead={read} onProblem={setProblem} />
            </>
          ) : (
            <Alert color="red" variant="light" icon={<IconAlertTriangle />} role="alert">
              {problem}
            </Alert>
          )}
          <Button variant="default" onClick={close}>
            Close
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
