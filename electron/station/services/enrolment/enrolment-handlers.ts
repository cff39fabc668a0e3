import type { HandlerMap } from '../../contract/handler-map';
import type { EnrolmentService } from './enrolment-service';

export function createEnrolmentHandlers(
  enrolment: EnrolmentService,
): HandlerMap<'enrolment.get' | 'enrolment.enrol'> {
  return {
    'enrolment.get': () => enrolment.state(),
    'enrolment.enrol': (input) => enrolment.enrol(input),
  };
}
