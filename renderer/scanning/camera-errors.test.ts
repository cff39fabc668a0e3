import { describe, expect, it } from 'vitest';
import { cameraProblemMessage, NO_CAMERA_MESSAGE } from './camera-errors';

const domError = (name: string) => new DOMException('from getUserMedia', name);

describe('cameraProblemMessage', () => {
  it('says permission was refused and where to allow it', () => {
    expect(cameraProblemMessage(domError('NotAllowedError'))).toMatch(/refused.*settings/);
  });

  it('says there is no camera when none is found', () => {
    expect(cameraProblemMessage(domError('NotFoundError'))).toBe(NO_CAMERA_MESSAGE);
    expect(cameraProblemMessage(domError('OverconstrainedError'))).toBe(NO_CAMERA_MESSAGE);
  });

  it('names a busy camera and falls back to a general message', () => {
    expect(cameraProblemMessage(domError('NotReadableError'))).toMatch(/in use/);
    expect(cameraProblemMessage('weird')).toMatch(/could not be started/);
  });
});
