/** What a person is told when the camera cannot be used, from the error getUserMedia gave. */
export function cameraProblemMessage(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Camera access was refused. Allow Wharf to use the camera in the browser or system settings, or use a hand scanner.';
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return NO_CAMERA_MESSAGE;
    case 'NotReadableError':
    case 'TrackStartError':
      return 'The camera is in use by another program. Close it there and try again, or use a hand scanner.';
    default:
      return 'The camera could not be started. Try again, or use a hand scanner.';
  }
}

export const NO_CAMERA_MESSAGE =
  'This device has no camera Wharf can use. Use a hand scanner or type the code.';
